# Writes a grid (JSON rows on stdin: numbers, texts, null, {"error": "#REF!"}) to an .xlsx with
# openpyxl, as a finance office's script or pandas export would: one sheet, values only.
import json
import sys

from openpyxl import Workbook

out, sheet = sys.argv[1], sys.argv[2]
rows = json.load(sys.stdin)
wb = Workbook()
ws = wb.active
ws.title = sheet
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row, start=1):
        if v is None:
            continue
        if isinstance(v, dict):
            ws.cell(row=r, column=c, value=v["error"]).data_type = "e"
        else:
            ws.cell(row=r, column=c, value=v)
wb.save(out)
