#!/usr/bin/env python3
"""The 2026 budget sheet as the writers our users meet write it (openpyxl, as pandas uses it).

Usage: make_writers.py OUTDIR
Writes OUTDIR/openpyxl-<variant>.xlsx for each variant below: plain, and with a table, a chart,
comments, a data validation and defined names, and all of them at once. openpyxl declares the
relationships prefix on each <sheet> element and writes <numFmts count="0"/> when there are no
custom formats: the habits the package writer has to meet.
"""
import os
import sys

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_fidelity import HEADER, ROWS  # noqa: E402


def budget(wb, kr):
    ws = wb.active
    ws.title = "Tryghedsplan 2026"
    ws["A1"] = "Tryghedsplan 2026 – økonomi"
    for j, h in enumerate(HEADER):
        ws.cell(row=4, column=j + 1, value=h)
    for i, row in enumerate(ROWS):
        for j, v in enumerate(row):
            if v is None:
                continue
            c = ws.cell(row=5 + i, column=j + 1, value=v)
            if kr and j >= 6:
                c.number_format = '#,##0 "kr."'
    return ws


def notes(wb):
    ws = wb.create_sheet("Noter")
    ws.append(["Emne", "Beløb"])
    for i in range(1, 6):
        ws.append([f"Post {i}", i * 1000])
    return ws


def add_table(ws):
    t = Table(displayName="Poster", ref="A1:B6")
    t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    ws.add_table(t)


def add_chart(ws):
    ch = BarChart()
    ch.add_data(Reference(ws, min_col=2, min_row=1, max_row=6), titles_from_data=True)
    ch.set_categories(Reference(ws, min_col=1, min_row=2, max_row=6))
    ws.add_chart(ch, "D2")


def add_comment(ws):
    ws["A2"].comment = Comment("Tjek beløbet", "Revisor")


def add_validation(ws):
    dv = DataValidation(type="whole", operator="between", formula1="0", formula2="100000")
    ws.add_data_validation(dv)
    dv.add("B2:B6")


def add_names(wb):
    dn = DefinedName("Noter_beloeb", attr_text="Noter!$B$2:$B$6")
    if hasattr(wb.defined_names, "add"):
        wb.defined_names.add(dn)
    else:
        wb.defined_names.append(dn)


VARIANTS = {
    "plain": [],
    "table": ["table"],
    "chart": ["chart"],
    "comments": ["comments"],
    "validation": ["validation"],
    "names": ["names"],
    "all": ["table", "chart", "comments", "validation", "names"],
}


def build(path, features):
    wb = Workbook()
    # "plain" keeps openpyxl's defaults: no custom number format, so <numFmts count="0"/>.
    budget(wb, kr=bool(features))
    ws = notes(wb)
    if "table" in features:
        add_table(ws)
    if "chart" in features:
        add_chart(ws)
    if "comments" in features:
        add_comment(ws)
    if "validation" in features:
        add_validation(ws)
    if "names" in features:
        add_names(wb)
    wb.save(path)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, features in VARIANTS.items():
        build(os.path.join(out, f"openpyxl-{name}.xlsx"), features)


if __name__ == "__main__":
    main()
