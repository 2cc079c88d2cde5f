/**
 * An image in the preview. Remote (http/https), data: and blob: images load as usual; a relative path to one of
 * the draft's images shows it through an object URL (held while shown, revoked after); a relative or site-root
 * path that the draft does not have shows a visible broken-image placeholder naming the path, so the author
 * sees what the published page would miss. SVG is only ever shown this way, as an image, never inlined.
 */
import type { ComponentPropsWithoutRef } from 'react';
import { useAssetUrl } from '../assets/asset-urls';

const LOADABLE = /^(https?:|data:image\/|blob:)/i;

export type PreviewImageProps = ComponentPropsWithoutRef<'img'>;

/** `<img>` or a placeholder for a path the draft cannot resolve. */
export function PreviewImage({ src, alt, ...rest }: PreviewImageProps) {
  const local = typeof src === 'string' && src && !LOADABLE.test(src) ? src : null;
  const assetUrl = useAssetUrl(local);
  if (local && assetUrl) {
    return <img {...rest} src={assetUrl} alt={alt ?? ''} data-asset={local} />;
  }
  if (local) {
    return (
      <span
        className="missing-image"
        role="img"
        aria-label={`Missing image: ${src}`}
        title={alt || undefined}
      >
        <span aria-hidden="true" className="missing-image__icon">
          ▧
        </span>
        <span className="missing-image__path">{src}</span>
        <span className="missing-image__note">not in this draft</span>
      </span>
    );
  }
  return <img src={src} alt={alt ?? ''} loading="lazy" {...rest} />;
}
