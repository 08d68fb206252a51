"""Deadline windows for phrases, relative to the set's fixed today, 2026-12-04 (a Friday).

Each window is (earliest, latest) acceptable deadline, inclusive; a constraint given as weeks passes when
today + 7 x weeks falls inside. Loose on purpose: "by June" may mean the start or the end of June.
"""

TODAY = "2026-12-04"

JUNE = ("2027-05-31", "2027-06-30")
BEFORE_JUNE = ("2027-05-24", "2027-06-01")  # "antes de junio", "trước tháng 6": the end of May
MAY = ("2027-04-30", "2027-05-31")
HALF_YEAR = ("2027-05-20", "2027-06-20")
BEFORE_SUMMER = ("2027-05-15", "2027-06-30")
IN_3_MONTHS = ("2027-02-25", "2027-03-12")
IN_4_MONTHS = ("2027-03-26", "2027-04-12")
IN_2_MONTHS = ("2027-01-28", "2027-02-11")
END_MARCH = ("2027-03-25", "2027-04-01")
MARCH = ("2027-02-28", "2027-03-31")
SEPTEMBER = ("2027-08-31", "2027-09-30")
OCTOBER = ("2027-09-30", "2027-10-31")
END_NEXT_YEAR = ("2027-12-15", "2027-12-31")
WITHIN_A_YEAR = ("2027-11-20", "2027-12-10")
IN_8_WEEKS = ("2027-01-25", "2027-02-03")
IN_10_WEEKS = ("2027-02-08", "2027-02-17")
SPRING = ("2027-03-01", "2027-06-01")
END_JANUARY = ("2027-01-25", "2027-01-31")
FEBRUARY = ("2027-01-31", "2027-02-28")
EASTER = ("2027-03-14", "2027-03-31")
TET = ("2027-01-20", "2027-02-10")
APRIL = ("2027-03-31", "2027-04-30")
AUGUST = ("2027-07-31", "2027-08-31")
# v6 (session 6)
IN_6_WEEKS = ("2027-01-10", "2027-01-20")
JULY = ("2027-06-30", "2027-07-31")
BEFORE_JULY = ("2027-06-24", "2027-07-01")  # "trước tháng 7": the end of June
BEFORE_SEPTEMBER = ("2027-08-24", "2027-09-01")  # "antes de septiembre": the end of August
BY_SPRING = ("2027-02-20", "2027-04-30")  # "d'ici le printemps": by the time spring comes
# v8-lang (session 8, languages round)
DIWALI = ("2027-10-15", "2027-11-10")  # "Diwali tak": Diwali 2027 falls on 29 October
BEFORE_MONSOON = ("2027-05-20", "2027-06-30")  # "monsoon se pehle": the monsoon reaches India in June
BEFORE_PUJA = ("2027-09-20", "2027-10-20")  # "pujor age": Durga Puja 2027 is in the first half of October
BOISHAKH = ("2027-04-01", "2027-04-15")  # "Pohela Boishakh-er age": Bengali new year, 14 April
MIDSUMMER = ("2027-06-15", "2027-06-30")  # "juhannukseen mennessä": Finnish Midsummer, 25-26 June 2027
# v9-frozen (session 9, blind frozen batch)
EID = ("2027-03-01", "2027-03-12")  # "Eid er age": Eid al-Fitr 2027 falls on about 9-10 March
HOLI = ("2027-03-08", "2027-03-23")  # "Holi se pehle": Holi 2027 is on 22 March
VAPPU = ("2027-04-20", "2027-05-01")  # "vappuun mennessä": Finnish May Day, 1 May
# v9-lang (session 9, languages round)
SUMMER_HOLIDAYS = ("2027-06-15", "2027-07-31")  # "bis zu den Sommerferien": German school holidays, by Land
RENTREE = ("2027-08-20", "2027-09-06")  # "d'ici la rentrée": the start of the school year in France
MID_AUTUMN = ("2027-08-25", "2027-09-16")  # "trước Trung thu": the Mid-Autumn festival, 15 September 2027
BY_AUTUMN = ("2027-08-15", "2027-09-30")  # "syksyyn mennessä": by the time autumn comes
# v10-asia (session 10, vi/hi/bn round)
BEFORE_APRIL_30 = ("2027-04-25", "2027-04-30")  # "trước 30/4 năm sau": Reunification Day, 30 April 2027
