// The sentence for a package failure, naming the file: worded in the core's tables
// (core/messages/fileProblems.ts), in Danish or English.
import { packageProblemText } from "../../core/words";
import type { Lang } from "../../core";
import type { PackageError } from "../base/errors";

export function packageErrorText(e: PackageError, file: string, lang: Lang): string {
  return packageProblemText(e, file, lang);
}
