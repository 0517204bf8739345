# Writes N import rows (our CSV) for the synthetic area of `generate`: stations x monthly whole-number elements x months from 2012.
# Usage: python3 benchmarks/import_rows.py <sqlite file> <rows> <out.csv> <seed>  (another seed gives other values for the same keys).
import sqlite3, sys
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2])
st = [r[0] for r in db.execute("select code from org_unit where code like 'SYN%_TYT' order by code")]
el = [r[0] for r in db.execute("select code from data_element where period_type='Month' and value_type='Integer' order by code")]
out = open(sys.argv[3], 'w'); out.write("data_element,org_unit,period,value,comment\n")
i = 0
while i < n:
    s = st[i % len(st)]; e = el[(i // len(st)) % len(el)]; m = i // (len(st) * len(el))
    out.write(f"{e},{s},{2012 + m // 12}{m % 12 + 1:02d},{(i * 7 + seed) % 5000 if (seed:=int(sys.argv[4])) >= 0 else 0},\n"); i += 1
print(len(st), len(el))
