# Writes N import rows (our CSV) for the synthetic area of `generate`: stations x monthly whole-number elements x months from 2012.
# Only elements reported at a station and not the part of a part <= whole rule (the made-up values would break it: the
# import refuses such rows since issue 11), each value inside its element's range.
# Usage: python3 benchmarks/import_rows.py <sqlite file> <rows> <out.csv> <seed>  (another seed gives other values for the same keys).
import sqlite3, sys
PARTS = {"U1_FULL_IMM", "PREG_TT", "DEATHS_U1", "DEATHS_U5", "BIRTHS_3RD", "ANC4_WOMEN", "ANC3_WOMEN", "HI_INSURED", "HEALTH_MANAGED",
         "EHR_PEOPLE", "PC_VISITS_INS", "VILLAGES_HW", "REPORT_DONE", "REPORT_ON_TIME"}  # Domain/Quality/PairRules.cs
db = sqlite3.connect(sys.argv[1]); n = int(sys.argv[2]); seed = int(sys.argv[4])
# Stations only: a district health centre's code ends in _TTYT.
st = [r[0] for r in db.execute("select code from org_unit where code like 'SYN%_TYT' and code not like '%_TTYT' order by code")]
el = [(c, int(mx)) for c, mx in db.execute("select code, max_value from data_element where period_type='Month' and value_type='Integer' "
                                           "and ('|' || reported_at || '|') like '%|station|%' order by code") if c not in PARTS]
out = open(sys.argv[3], 'w'); out.write("data_element,org_unit,period,value,comment\n")
for i in range(n):
    s = st[i % len(st)]; e, mx = el[(i // len(st)) % len(el)]; m = i // (len(st) * len(el))
    out.write(f"{e},{s},{2012 + m // 12}{m % 12 + 1:02d},{(i * 7 + seed) % min(5000, mx + 1)},\n")
print(len(st), len(el))
