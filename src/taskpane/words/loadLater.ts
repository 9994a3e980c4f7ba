// The later words (words/later.ts) come in a small chunk of their own, fetched by the first action
// or error that needs them; webpack keeps the module once loaded (and fetches again after a failed
// attempt), so every later call is a resolved promise.
import type { Lang } from "../../core";
import type { LaterStrings } from "./later";

export const laterWords = (lang: Lang): Promise<LaterStrings> =>
  import(/* webpackChunkName: "pane-later" */ "./later").then((m) => m.laterStrings[lang]);
