// Share links (CONTRACT §1): `#navigator=<tool>.<data>`. The loader only needs to know that a link is
// there and for which tool: the app reads the data (src/contract/share_link.rs).

/** The tool a share link in `hash` opens, or null when `hash` is no share link for one of `tools`. */
export function sharedTool(hash, tools) {
  const match = /^#?navigator=([a-z]+)\./.exec(String(hash ?? ''));
  return match && tools.includes(match[1]) ? match[1] : null;
}

/** The element a share link is for: the first one that shows its tool, else none. */
export function elementFor(tool, elements, toolsOfElement) {
  return elements.find((element) => toolsOfElement(element).includes(tool)) ?? null;
}
