#!/usr/bin/env python3
"""Workbooks kept the ways new users keep them, written at test time by the writers they use
(openpyxl, XlsxWriter), for the findings of trying the product as a new user.

Usage: make_newuser.py OUTDIR
Every plan sheet holds the same six activities (amounts in kroner), so the right totals are
880.000 / 950.000 / 420.000 / 230.000 kr. for 2025-2028 however the sheet is kept.
"""
import os
import sys

import openpyxl
import xlsxwriter

OUT = sys.argv[1]
TITLE = "Tryghedsplanens økonomi 2026"
YEARS = [2025, 2026, 2027, 2028]
HEAD = ["Nr.", "Aktivitet", "Indsatsområde", "Samarbejdspartnere", "Forankringsplan"] + YEARS
# nr, activity, focus area, partners, anchoring, amounts 2025-2028 (kr.)
PLAN = [
    (1, "Lommepengejob", "Uddannelse og beskæftigelse", "SSP; fsb", "Ja", [120000, 120000, 100000, 0]),
    (2, "Haven", "Aktive byrum", "fsb og KFF", "", [50000, 60000, 0, 0]),
    (3, "Natteravne", "Positive fællesskaber", "Politi, SSP", "Ja", [30000, 30000, 30000, 30000]),
    (4, "Kommunikation, dialog og synlighed", "Kommunikation, dialog og synlighed",
     "Alle partnerskabets parter", "Fast 4-årig bevilling", [200000] * 4),
    (5, "Bylivs- og tryghedspuljen", "Aktive byrum", "Partnerskabet", "", [400000, 450000, 0, 0]),
    (6, "Lektiecafé", "Uddannelse og beskæftigelse", "KFF; SSP", "Ja", [80000, 90000, 90000, 0]),
]
TOTALS = [880000, 950000, 420000, 230000]


def path(name):
    return os.path.join(OUT, name)


def budget_book(head=HEAD, amounts=lambda a: a, anchoring=lambda name, a: a):
    """openpyxl: the plan on a sheet "Budget" under the title and a blank row, one row an activity;
    head, amounts (per activity) and anchoring (per activity) vary how it is kept."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append([TITLE])
    ws.append([])
    ws.append(head)
    for nr, name, area, partners, anchor, plan_amounts in PLAN:
        ws.append([nr, name, area, partners, anchoring(name, anchor)] + amounts(plan_amounts))
    return wb, ws


def subtotals(word):
    """openpyxl: activities grouped by focus area, a subtotal row per area, then the grand total."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append([TITLE])
    ws.append([])
    ws.append(HEAD)
    areas = list(dict.fromkeys(p[2] for p in PLAN))
    for area in areas:
        ws.append([None, area])
        sums = [0] * 4
        for nr, name, a, partners, anchoring, amounts in PLAN:
            if a == area:
                ws.append([nr, name, a, partners, anchoring] + amounts)
                sums = [s + v for s, v in zip(sums, amounts)]
        ws.append([None, f"{word} {area}", None, None, None] + sums)
        ws.append([])
    ws.append([None, "I alt", None, None, None] + TOTALS)
    wb.save(path(f"subtotal_{word.lower().replace(' ', '_')}.xlsx"))


for word in ["Subtotal", "Sum", "Total for", "I alt"]:
    subtotals(word)


def xlsxwriter_formulas():
    """XlsxWriter as scripts use it: formulas without their results (XlsxWriter stores 0 and asks
    Excel to calculate on opening), in an "I alt" row and in one amount (Haven 2026 = 2027's
    planned 60.000 written as =50000+10000), and an Excel table whose totals row sums each year."""
    wb = xlsxwriter.Workbook(path("xlsxwriter_formulas.xlsx"))
    ws = wb.add_worksheet("Budget")
    ws.write(0, 0, TITLE)
    ws.write_row(2, 0, HEAD)
    for i, (nr, name, area, partners, anchoring, amounts) in enumerate(PLAN):
        ws.write_row(3 + i, 0, [nr, name, area, partners, anchoring] + amounts)
    ws.write_formula("G5", "=50000+10000")
    ws.write(9, 1, "I alt")
    for c in "FGHI":
        ws.write_formula(f"{c}10", f"=SUM({c}4:{c}9)")
    wb.close()

    wb = xlsxwriter.Workbook(path("xlsxwriter_table.xlsx"))
    ws = wb.add_worksheet("Plan 2026")
    ws.write(0, 0, TITLE)
    columns = [{"header": str(h)} for h in HEAD]
    columns[1]["total_string"] = "I alt"
    for c in columns[5:]:
        c["total_function"] = "sum"
    data = [[nr, name, area, partners, anchoring] + amounts
            for nr, name, area, partners, anchoring, amounts in PLAN]
    ws.add_table(2, 0, 3 + len(data), len(HEAD) - 1,
                 {"data": data, "columns": columns, "total_row": True})
    wb.close()


xlsxwriter_formulas()


def parentheses():
    """openpyxl: a refund typed the accountants' way, "(60.000)", as text in Haven's 2026 cell."""
    wb, ws = budget_book()
    ws["G5"] = "(60.000)"
    wb.save(path("parentheses.xlsx"))


parentheses()


def plan_sheet(wb, title, year_shift=0, hidden=False):
    """A plan sheet; year_shift moves the plan a year back (last year's plan, kept for reference)."""
    ws = wb.create_sheet(title)
    ws.append([f"Tryghedsplanens økonomi {2026 + year_shift}"])
    ws.append([])
    ws.append(HEAD[:5] + [y + year_shift for y in YEARS])
    for nr, name, area, partners, anchoring, amounts in PLAN:
        ws.append([nr, name, area, partners, anchoring] + amounts)
    if hidden:
        ws.sheet_state = "hidden"
    return ws


def several_sheets():
    """openpyxl: last year's plan kept hidden before this year's; and two visible plans, saved
    while the user was on the second (Excel opens on it, the add-in checks it)."""
    wb = openpyxl.Workbook()
    wb.active.title = "Forside"
    wb.active["A1"] = "Tryghedsplan for Tingbjerg-Husum"
    plan_sheet(wb, "Plan 2025", -1, hidden=True)
    plan_sheet(wb, "Plan 2026")
    wb.active = 0
    wb.save(path("hidden_old_plan.xlsx"))

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    plan_sheet(wb, "Plan 2025", -1)
    plan_sheet(wb, "Plan 2026")
    wb.active = 1
    wb.save(path("active_sheet.xlsx"))


several_sheets()


def unit_after_year():
    """openpyxl: the unit written after each year in the header, "2026 t.kr.", amounts in 1.000 kr."""
    wb, _ = budget_book(HEAD[:5] + [f"{y} t.kr." for y in YEARS], lambda am: [a / 1000 for a in am])
    wb.save(path("unit_after_year.xlsx"))


unit_after_year()


def rows_below_total():
    """openpyxl: under the plan, the rows people keep there: the total, the frame, what is left
    ("Ikke disponeret", "Til rådighed", "Uforbrugt") and checks ("Kontrol", "Difference")."""
    for label in ["Ikke disponeret", "Til rådighed", "Uforbrugt", "Kontrol", "Difference"]:
        wb, ws = budget_book()
        ws.append([None, "I alt", None, None, None] + TOTALS)
        ws.append([None, "Ramme", None, None, None] + [1900000] * 4)
        figures = TOTALS if label == "Kontrol" else [0] * 4 if label == "Difference" else [
            1900000 - t for t in TOTALS]
        ws.append([None, label, None, None, None] + figures)
        wb.save(path(f"below_{label.lower().replace(' ', '_').replace('å', 'aa')}.xlsx"))


rows_below_total()


def long_lists():
    """openpyxl: a finance system's export, one row per activity and year, the year written as a
    date shown as "2026" (number format yyyy) or as the budget code "B2026"."""
    import datetime

    for kind in ["dates", "codes"]:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Eksport"
        ws.append(["Aktivitet", "Indsatsområde", "År", "Beløb"])
        for nr, name, area, partners, anchoring, amounts in PLAN:
            for year, amount in zip(YEARS, amounts):
                if amount:
                    cell = datetime.date(year, 1, 1) if kind == "dates" else f"B{year}"
                    ws.append([name, area, cell, amount])
                    if kind == "dates":
                        ws.cell(row=ws.max_row, column=3).number_format = "yyyy"
        wb.save(path(f"list_year_{kind}.xlsx"))


long_lists()


def two_columns_per_year():
    """openpyxl: two columns for one year, the grant as it stands after what was asked for or
    first planned: "Ansøgt 2026 | Bevilget 2026", "Oprindeligt budget 2026 | Korrigeret budget 2026"."""
    for name, first, second in [
        ("ansoegt_bevilget", "Ansøgt {}", "Bevilget {}"),
        ("oprindeligt_korrigeret", "Oprindeligt budget {}", "Korrigeret budget {}"),
    ]:
        # Asked for (or first planned) 10.000 kr. more than granted, every year.
        wb, _ = budget_book(HEAD[:5] + [h.format(y) for y in YEARS for h in (first, second)],
                            lambda am: [v for a in am for v in (a + 10000, a)])
        wb.save(path(f"{name}.xlsx"))


two_columns_per_year()


def header_notes():
    """openpyxl: a template's headers with a note in parentheses after the name."""
    head = ["Nr.", "Aktivitet (navn)", "Indsatsområde (vælg)", "Samarbejdspartnere (adskil med ;)",
            "Forankringsplan (ja/nej)"] + YEARS
    wb, _ = budget_book(head, anchoring=lambda name, a: "Nej" if name == "Lektiecafé" else a)
    wb.save(path("header_notes.xlsx"))


header_notes()
