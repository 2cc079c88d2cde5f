/**
 * An image in the preview. Remote (http/https), data: and blob: images load as usual; a relative or site-root
 * path that the draft does not have shows a visible broken-image placeholder naming the path, so the author
 * sees what the published page would miss.
 */
import type { ComponentPropsWithoutRef } from 'react';

const LOADABLE = /^(https?:|data:image\/|blob:)/i;

export type PreviewImageProps = ComponentPropsWithoutRef<'img'>;

/** `<img>` or a placeholder for a path the draft cannot resolve. */
export function PreviewImage({ src, alt, ...rest }: PreviewImageProps) {
  if (typeof src === 'string' && src && !LOADABLE.test(src)) {
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
