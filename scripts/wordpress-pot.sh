#!/usr/bin/env bash
# Rewrites the WordPress plugin's translation template, wordpress/endorsement-navigator/languages/
# endorsement-navigator.pot, from the plugin's PHP and its block editor script (GNU xgettext, with
# WordPress's translation functions as keywords and the "translators:" comments). Run it after adding or
# changing a translatable string in wordpress/endorsement-navigator/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../wordpress/endorsement-navigator"
keywords=(--keyword=__ --keyword=_e --keyword=esc_html__ --keyword=esc_html_e --keyword=esc_attr__
          --keyword=esc_attr_e --keyword=_x:1,2c --keyword=_n:1,2)
pot=languages/endorsement-navigator.pot
mapfile -t php < <(find . -name '*.php' | LC_ALL=C sort)
xgettext --from-code=UTF-8 -L PHP "${keywords[@]}" --add-comments=translators: -o "$pot" "${php[@]}"
xgettext --from-code=UTF-8 -L JavaScript "${keywords[@]}" --add-comments=translators: -j -o "$pot" block/editor.js
echo "wordpress-pot: $(grep -c '^msgid ' "$pot") entries in $pot"
