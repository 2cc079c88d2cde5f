/**
 * Pure: the language names Chroma (Hugo's highlighter) knows, so code fences get Hugo's markup: a known
 * language is wrapped in `<div class="highlight">` with inline styles; an unknown one (`mermaid`, `tree`) is a
 * bare `<pre tabindex="0"><code class="language-x" data-lang="x">`. Names and aliases of Chroma 2's lexers,
 * lower-cased.
 */

const NAMES = `abap abnf actionscript as actionscript3 as3 ada ada95 ada2005 agda al alloy angular2 antlr apacheconf
apache aconf apl applescript arangodb arduino armasm arm awk ballerina bash sh ksh zsh shell bash-session
console shell-session basic batchfile bat batch dosbatch winbatch bibtex bib bicep blitzbasic b3d bplus bnf
bqn brainfuck bf c cap'n proto capnp cassandra cql ceylon cfengine3 cf3 cfstatement chaiscript chai chapel chpl
cheetah spitfire clojure clj clojurescript cljs cmake cobol cobolfree coffeescript coffee-script coffee
common-lisp cl lisp coq core cpp c++ crystal cr csharp c# cs css cue cython pyx pyrex d dart dax desktop
desktop_entry diff udiff django jinja dns zone bind docker dockerfile dtd dylan ebnf elixir ex exs elm emacslisp
elisp emacs erlang factor fennel fish fishshell forth fortran fortranfixed fsharp gas asm gdscript gd genshi kid
genshi-html genshi-text gherkin cucumber gleam glsl gnuplot go golang go-html-template go-text-template graphql
graphqls gql groff nroff man groovy handlebars hbs hare haskell hs haxe hx hxsl hcl hexdump hlb hlsl holyc html
htmx http hy hylang idris idr igor igorpro ini cfg dosini io iscdhcpd j java javascript js jsx jsonata json
jsonnet julia jl jungle kotlin lighttpd lighty llvm lua lox makefile make mf bsdmake mako markdown md mkd mason
materialize mathematica mma nb matlab mcfunction meson mlir modula-2 m2 monkeyc morrowindscript mwscript myghty
mysql nasm natural ndisasm newspeak nginx nim nimrod nix nixos nsis nsi objective-c objectivec obj-c objc
objectpascal ocaml octave odin onesenterprise openedge abl openscad org orgmode pacmanconf perl pl perl6 pl6 raku
php php3 php4 php5 phtml pig pkgconfig pl/pgsql plpgsql plaintext text txt plutus pony postgresql postgres
postscript postscr povray powerquery pq powershell posh ps1 psm1 prolog promela promql properties protobuf proto
prql psl puppet python py sage python3 py3 python2 py2 qbasic basic qml qbs r s splus racket rkt ragel
react tsx reasonml reason reg registry rego rexx arexx rpm-spec spec rst rest restructuredtext ruby rb duby rust
rs sas sass scala scheme scm scilab scss sed gsed sieve smali smalltalk squeak st smarty snbt snobol solidity
sourcepawn sparql sql squidconf squid stas stylus svelte swift systemd systemverilog sv tablegen tal tasm tcl
tcsh csh termcap terminfo terraform tf tex latex thrift toml tradingview turing turtle twig typescript ts
typoscript typoscriptcssdata typoscripthtmldata ucode v vlang vb.net vbnet vb vhdl vhs tape cassette verilog v
viml vim vue wdte webgpu wgsl webvtt vtt whiley xml xorg.conf yaml yml yang z80 zed zig caddyfile caddy
caddyfile-directives c3 jsonc json5 csv tsv nu nushell mojo ini toml`;

const KNOWN = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when Chroma has a lexer for `lang` (a fence's language), so Hugo highlights it. */
export function chromaKnows(lang: string): boolean {
  return KNOWN.has(lang.toLowerCase());
}
