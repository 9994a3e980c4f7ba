#!/usr/bin/env python3
"""Fixtures for long lists (issue 17), written at test time by the writers users meet: XlsxWriter
and openpyxl.

Usage: make_lists.py OUTDIR
Each workbook holds one sheet "Tryghedsplan 2026" keeping the plan as a long list: one row per
activity and year (or per activity, year and budget line), as a finance system exports it.
"""
import os
import sys

import openpyxl
import xlsxwriter

OUT = sys.argv[1]
SHEET = "Tryghedsplan 2026"
HEADER = ["Nr.", "Aktivitet", "Indsatsområde", "Samarbejdspartnere", "År", "Beløb (kr.)",
          "Forankringsplan"]
# nr, activity, area, partners, year, kroner, anchoring: sorted by year, as an export often is,
# so the rows of one activity are not adjacent.
PLAN = [
    (1, "Lommepengejob", "Uddannelse og beskæftigelse", "fsb; SAB", 2025, 120000, "Ja, se bilag"),
    (2, "Det gode valg", "Positive fællesskaber", "SSP; Politiet", 2025, 170000, None),
    (3, "Tidlig foreningsstart", "Positive fællesskaber", "KFF", 2025, 213000, None),
    (1, "Lommepengejob", None, None, 2026, 120000, None),
    (2, "Det gode valg", None, None, 2026, 150000, None),
    (3, "Tidlig foreningsstart", None, None, 2026, 213000, None),
    (4, "Natteravne", "Aktive byrum", "Natteravnene; fsb", 2026, 6000, "Ja"),
    (3, "Tidlig foreningsstart", None, None, 2027, 213000, None),
    (4, "Natteravne", None, None, 2027, 6000, None),
]


def xw_rows(ws, start, rows):
    for i, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is not None:
                ws.write(start + i, c, v)


# The plan per activity and year (XlsxWriter), with a total row per year at the bottom.
wb = xlsxwriter.Workbook(os.path.join(OUT, "list_year.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026")
ws.write_row(2, 0, HEADER)
xw_rows(ws, 3, PLAN)
ws.write_row(3 + len(PLAN), 0, ["I alt", None, None, None, 2026, 489000])
wb.close()

# The same plan by openpyxl, in 1.000 kr. said in the amount header (decimals to the krone).
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Tryghedsplan 2026"])
ws.append([])
ws.append(HEADER[:5] + ["Beløb (1.000 kr.)", HEADER[6]])
for nr, act, area, partners, year, kr, anchoring in PLAN:
    ws.append([nr, act, area, partners, year, kr / 1000, anchoring])
wb.save(os.path.join(OUT, "list_1000.xlsx"))

# Budget lines per activity and year (openpyxl), amounts in kroner and øre, an I alt line checked.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Aktivitet", "År", "Budgetpost", "Beløb"])
for row in [
    ("Haven", 2026, "Lønmidler", 100000.25),
    ("Haven", 2026, "Aktivitetsmidler", 20000.5),
    ("Haven", 2026, "Driftsmidler", 0.05),
    ("Haven", 2026, "I alt", 120000.8),
    ("Haven", 2027, "Lønmidler", 90000.1),
    ("Din fritid", 2026, "Aktivitetsmidler", 33333.33),
    ("Din fritid", 2026, "Andet", 66666.67),
    ("Haven", 2027, "Andet", 9999.9),
]:
    ws.append(list(row))
wb.save(os.path.join(OUT, "list_lines.xlsx"))

# Two focus areas for one activity (openpyxl); blank later cells are no conflict.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Aktivitet", "Indsatsområde", "Ansvarlig", "År", "Beløb"])
ws.append(["Haven", "Aktive byrum", "fsb", 2026, 100000])
ws.append(["Din fritid", "Positive fællesskaber", None, 2026, 50000])
ws.append(["Haven", None, None, 2027, 100000])
ws.append(["Haven", "Positive fællesskaber", "fsb", 2028, 100000])
wb.save(os.path.join(OUT, "list_conflict.xlsx"))

# A year cell with text, an amount with text and an Excel error (XlsxWriter); 2026 reads
# 1.600.000 kr. of a 1.900.000 kr. frame and leaves out "ca. 300.000" and a #DIV/0!.
wb = xlsxwriter.Workbook(os.path.join(OUT, "list_unread.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write_row(0, 0, ["Aktivitet", "År", "Beløb", "Forankringsplan"])
ws.write_row(1, 0, ["Lommepengejob", 2026, 1000000, "Ja"])
ws.write_row(2, 0, ["Haven", 2026, "ca. 300.000"])
ws.write_row(3, 0, ["Natteravne", 2026, 600000])
ws.write(4, 0, "Tingbjerg Challenge")
ws.write(4, 1, 2026)
ws.write_formula(4, 2, "=1/0", None, "#DIV/0!")
ws.write_row(5, 0, ["Natteravne", "2027/28", 40000])
ws.write_row(6, 0, ["Lommepengejob", 2027, 100000])
wb.close()

# A multi-year grant without an anchoring plan (XlsxWriter), and one with a fixed grant; a text
# amount the one-click fix turns into a number.
wb = xlsxwriter.Workbook(os.path.join(OUT, "list_anchor.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write_row(0, 0, ["Nr.", "Aktivitet", "År", "Beløb", "Forankringsplan"])
ws.write_row(1, 0, [1, "Lommepengejob", 2026, 120000, "nej"])
ws.write_row(2, 0, [1, "Lommepengejob", 2027, 120000])
ws.write_row(3, 0, [2, "Kommunikation, dialog og synlighed", 2026, 250000])
ws.write_row(4, 0, [2, "Kommunikation, dialog og synlighed", 2027, 250000,
                    "Fast 4-årig bevilling"])
ws.write_row(5, 0, [3, "Haven", 2026, 50000])
ws.write_row(6, 0, [3, "Haven", 2027, "120.000 kr."])
wb.close()

# Spending beside the budget in a list (XlsxWriter): "Forbrug pr. 30.09.2026", one row per
# activity and year; 2025's spending is the closed year's accounts.
wb = xlsxwriter.Workbook(os.path.join(OUT, "list_spending.xlsx"))
ws = wb.add_worksheet(SHEET)
ws.write(0, 0, "Tryghedsplan 2026")
ws.write_row(1, 0, ["Aktivitet", "År", "Beløb", "Forbrug pr. 30.09.2026"])
ws.write_row(2, 0, ["Haven", 2025, 100000, 105000])
ws.write_row(3, 0, ["Haven", 2026, 200000, 150000])
ws.write_row(4, 0, ["Din fritid", 2026, 120000])
ws.write_row(5, 0, ["Lommepengejob", 2026, 0, 30000])
ws.write_row(6, 0, ["Natteravne", 2026, 50000, "ca. 10.000"])
wb.close()

# The Ramme column per row, and one activity whose rows disagree (openpyxl): Haven says «Ja» in
# 2026 and 2028 but «Nej» in 2027. Counted inside, 2026 is within the frame with or without it
# (1.800.000 kr.), 2027 is over only with it (2.100.000 kr.; 1.300.000 kr. without), and 2028 is
# over even without it (2.200.000 kr.; 2.000.000 kr. without). The medfinansiering is «Nej» on
# every row: outside the frame, no conflict.
wb = openpyxl.Workbook()
ws = wb.active
ws.title = SHEET
ws.append(["Tryghedsplan 2026"])
ws.append(["Nr.", "Aktivitet", "Ramme", "År", "Beløb (kr.)"])
for nr, act, frame, amounts in [
    (1, "Lommepengejob", ["Ja", "Ja", "Ja"], [1200000, 1000000, 1900000]),
    (2, "Haven", ["Ja", "Nej", "Ja"], [500000, 800000, 200000]),
    (3, "Natteravne", ["Ja", "ja", "Ja"], [100000, 300000, 100000]),
    (4, "Boligsocial medfinansiering", ["Nej", "Nej", "nej"], [250000, 250000, 250000]),
]:
    for year, answer, kr in zip([2026, 2027, 2028], frame, amounts):
        ws.append([nr, act, answer, year, kr])
wb.save(os.path.join(OUT, "list_frame_conflict.xlsx"))
