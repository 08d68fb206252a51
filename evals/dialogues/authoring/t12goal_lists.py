"""Shared lists of the t12goal batch (session 17, tune, written BEFORE the fixes by the helper who fixes
them, in its own phrasings after reading the verdicts of the lead's trial 12): goals, subjects and interests
read by meaning. A job held plus a subject to learn ("network admin, must learn Python automation") keeps the
job as the role and never makes it the goal; an interest ("fix computers and help people", "teach children
computers") points to the occupation or courses it means, and a weak one ("something where I talk to people")
sets no goal named after its words; a message of constraints only ("3 h a week, online") sets no goal; years
of experience are no deadline; a goal the catalogue barely teaches (health informatics) is never "100 %
covered"."""

# every act a first turn or a follow-up may fairly be read as (the checks that matter are the profile's): the
# t11goal batch's list, one definition
from t11goal_lists import ANY as ANY  # noqa: E402  (re-exported: _G12.ANY in the language files)

# the job held, never the goal of someone who names a subject to learn in it
NETADMIN = ["network administrator", "81480b40"]
SYSADMIN = ["system administrator", "9e2e6e1e"]
# network automation: the course itself or the certificate it stacks into
NET_AUTOMATION = ["ccna-netauto-203", "ccna-cert-netops"]
# a teacher who wants to teach children computers or coding: the teaching courses, the children's coding one
TEACH_KIDS = ["aec-csteach-207", "glcc-code-107", "aec-hw-105", "aec-elearn-100", "aec-dlteach-104"]
# no course for teaching children computers (the green-computing course that was the whole plan in trial 12)
NOT_FOR_TEACHERS = ["padr-green-205"]
# "100 % of the gap": never said of a goal the catalogue barely teaches
FULL_COVER = ["100%", "100 %", "100\u00a0%", "100\u202f%"]
# a question of one line is asked (any language ends it with "?")
ASKS = ["?"]
