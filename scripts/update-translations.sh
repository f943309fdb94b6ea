#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Brings resources/translations/rolemap_ja.ts up to date with the tr() strings of model/, views/
# and app/ (new strings arrive unfinished; strings gone from the code are dropped). Translate the
# unfinished entries with Qt Linguist (linguist resources/translations/rolemap_ja.ts) or by hand;
# the build compiles the file, and tst_translations fails while an entry is unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -source-language en -target-language ja \
    model views app -ts resources/translations/rolemap_ja.ts
# English needs a translation only for its plural forms ("%n error(s)" → "1 error", "2 errors").
"$lupdate" -no-obsolete -locations none -pluralonly -source-language en -target-language en \
    model views app -ts resources/translations/rolemap_en.ts
