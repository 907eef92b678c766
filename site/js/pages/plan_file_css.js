// The styles of the downloaded "Mijn plan" file: plain, readable on screen and on paper, no external fonts.
export const PLAN_FILE_CSS = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.125rem; line-height: 1.5;
  color: #000; background: #fff; margin: 0; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid #c00; padding-bottom: 0.25rem; }
h3 { font-size: 1.25rem; margin: 1.5rem 0 0.25rem; }
h4 { font-size: 1.0625rem; margin: 1rem 0 0.25rem; }
a { color: #00509e; }
blockquote { margin: 0.5rem 0; padding: 0.5rem 1rem; border-left: 4px solid #767676; background: #f3f3f3; }
ol, ul { padding-left: 1.5rem; }
li { margin: 0.25rem 0; }
.ekw-muted { color: #4b4b4b; }
.ekw-panel { border: 2px solid #000; padding: 0 1rem 1rem; margin-top: 2rem; }
.ekw-plan__contact { list-style: none; padding-left: 0; }
@media print { a { color: #000; } h2 { break-after: avoid; } li { break-inside: avoid; } }
`;
