/**
 * Make a person's stylesheet safe to apply to the preview only. The browser's own CSS parser reads it (a
 * constructed stylesheet, which also drops `@import`); every style rule's selectors are scoped under the
 * preview (see core/css/scope-selector), nested in @media, @supports, @container and @layer blocks too; at-rules
 * that reach outside a page's content (@page, @namespace, @import, @property) are dropped. The result is
 * re-serialized by the browser, so no brace in the input can close the scope early.
 */
import { scopeSelectorList } from '../../core/css/scope-selector';

/** The scoped CSS text and how many rules were left out. */
export interface ScopedCss {
  css: string;
  dropped: number;
}

function scopeRules(rules: CSSRuleList, scope: string, out: { dropped: number }): string[] {
  const texts: string[] = [];
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      rule.selectorText = scopeSelectorList(rule.selectorText, scope);
      texts.push(rule.cssText);
    } else if (
      rule instanceof CSSMediaRule ||
      rule instanceof CSSSupportsRule ||
      (typeof CSSContainerRule !== 'undefined' && rule instanceof CSSContainerRule) ||
      (typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule)
    ) {
      const inner = scopeRules(rule.cssRules, scope, out);
      const head = rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();
      texts.push(`${head} {\n${inner.join('\n')}\n}`);
    } else if (rule instanceof CSSFontFaceRule || rule instanceof CSSKeyframesRule) {
      texts.push(rule.cssText);
    } else {
      out.dropped++;
    }
  }
  return texts;
}

/** Scope `css` under the `scope` selector. Unparseable parts are skipped by the parser, as a browser does. */
export function scopeCss(css: string, scope: string): ScopedCss {
  const sheet = new CSSStyleSheet();
  const imports = (css.match(/@import\b/gi) ?? []).length;
  sheet.replaceSync(css.replace(/@import\b[^;]*;?/gi, ''));
  const out = { dropped: imports };
  const texts = scopeRules(sheet.cssRules, scope, out);
  return { css: texts.join('\n'), dropped: out.dropped };
}
