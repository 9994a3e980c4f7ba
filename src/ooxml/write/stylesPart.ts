// The workbook's styles part for a copy we write: the one its relationship names, or, when the
// workbook has none (allowed by the standard; Excel opens such a file), a new minimal one with
// the relationship and content type a styles part needs.
import { CT, setOverrides } from "./contentTypes";
import { addRels } from "./relsEdit";
import { freeRelId, packageRels, REL, relativeTarget, type OoxmlPackage } from "./opc";
import { StyleBook } from "./styles";

export interface StylesHandle {
  part: string;
  book: StyleBook;
  /** No part yet (or its relationship points at nothing): saving creates it. */
  created: boolean;
  /** No relationship yet: saving adds it. */
  needsRel: boolean;
}

/** The styles to append to (a new minimal stylesheet when the workbook has none). */
export function openStyles(pkg: OoxmlPackage, workbookPart: string): StylesHandle {
  const rel = packageRels(pkg, workbookPart).find((r) => r.type === `${REL}/styles` && r.part);
  if (rel?.part && pkg.has(rel.part)) {
    return {
      part: rel.part,
      book: new StyleBook(pkg.text(rel.part)),
      created: false,
      needsRel: false,
    };
  }
  const normal = workbookPart.replace(/\\/g, "/");
  const dir = normal.slice(0, normal.lastIndexOf("/") + 1);
  const part =
    rel?.part ??
    (pkg.has(`${dir}styles.xml`) ? pkg.freeName(`${dir}styles`, ".xml") : `${dir}styles.xml`);
  return { part, book: new StyleBook(undefined), created: true, needsRel: !rel };
}

/** Writes what was appended; a new part gets its relationship and content type. */
export function saveStyles(pkg: OoxmlPackage, workbookPart: string, styles: StylesHandle): void {
  if (!styles.book.changed) return;
  pkg.setText(styles.part, styles.book.render());
  if (!styles.created) return;
  if (styles.needsRel) {
    addRels(pkg, workbookPart, [
      {
        id: freeRelId(packageRels(pkg, workbookPart)),
        type: `${REL}/styles`,
        target: relativeTarget(workbookPart, styles.part),
      },
    ]);
  }
  setOverrides(pkg, [{ part: styles.part, type: CT.styles }]);
}
