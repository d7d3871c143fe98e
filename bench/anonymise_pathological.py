"""Check that the anonymiser's time grows in proportion to a text's length, whatever the text repeats.

A practitioner may paste anything: a caps-lock message, a pasted table, a list of addresses. A rule whose
regex or loop looks across the whole text from each word is quadratic, and a long paste then freezes the
dialog. Each shape below is run at two lengths; the ratio of the times should stay near 2 when the length
doubles (near 4 would be quadratic). Writes its table into bench/RESULTS-anonymise-speed.md unless --no-write.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dialogs.anonymise import anonymise  # noqa: E402

SHAPES = {
    "lower-case words": "abc def ",
    "capitalised words": "Abc Def ",
    "caps-lock words": "ABC DEF ",
    "caps-lock message": "HI ITS AB CAN U ",
    "numbers": "1 2 ",
    "flats": "flat 1, ",
    "handles": "@ab ",
    "name after a role": "Mum Abc said ",
    "dashes": "a - b ",
    "streets": "Elm Road, ",
    "Welsh links": "tan y bryn ",
    "initials": "A. B. ",
    "plates": "AB12 CDE ",
    "day and month": "1/2 ",
    "school years": "yr 10 ",
    "quoted words": '"Ab" ',
    "saints": "St Ab ",
    "lists with and": "ab and cd ",
    "full names": "Kerry Walsh ",
    "schools": "Oak School ",
    "lines": "Abc\n",
    "address blocks": "Flat 2, 41 Chandlers Row, Upper Brindlecombe, LS12 4QT. Mum Oriel rang.\n",
    # The rules of the 2026-11-22 late session: words joined by "+" and "n", words typed with caps lock and
    # shift, chat headers, hostel rooms, plates ridden in, schemes before numbers, "with" and a companion.
    "joined words": "ayda + cobie n ",
    "inverted caps": "mINNA mAXWELL ",
    "chat headers": "teams chat - abc: hi\n",
    "hostel rooms": "RM 5 RIAIN (LIL ROCKET) BACK 03:20 WITH ESHAL, ",
    "plates ridden in": "came in a le 3779, ",
    "schemes": "CIN 096240 ",
    "companions": "was w Smithy + Reaper at ",
    # The rules of the 2026-11-22 evening session: names before a date of birth, deeds after a capital (in capitals
    # too), pronoun companions, "aka", homes named with no number, house words, flats over shops, lone five-digit
    # numbers, a chronology's days, channel writers, childminders' settings in brackets, places found in pieces.
    "names before a birth date": "note: Clarity Gelling, DOB 1/2/2010 ",
    "deeds": "she told me Wraith buys ",
    "deeds in capitals": "SAYS SLICK HAS ",
    "pronoun companions": "Him and Tug were ",
    "aka": "ABC AKA DEF, ",
    "homes before postcodes": "TO GATEHOUSE CROSSING BS5 8LF ",
    "house words": "at the toll house ",
    "flats over shops": "flat above the chippy 119 Smokery Lane ",
    "five-digit numbers": "53148 ",
    "chronology days": "11/6 dental - not brought\n",
    "channel writers": "#y12 abc: hi\n",
    "settings in brackets": "childminder Abc Def (Bees at Ab) ",
    "schools over streets": "Butty Close First School, 27/2, 163 Tiller Close (side door) ",
    # Plates typed in chat (plates46): spaced suffix plates, cues before and after a dateless plate, brackets.
    "spaced suffix plates": "kbe 164 m ",
    "cued plates": "dropped off by ek 400, 1382 bd on the grass, it's 9924X ",
    "bracketed plates": "a Honda Jazz EX (PS 5644) ",
    # The school round of 2026-11-23: short school tails, faith words before them, settings in inverted caps.
    "school tails": "kids off ab cd prim, ",
    "faith tails": "at st ab rc c of e ",
    "inverted settings": "sTAR dAY nURSERY ",
    # The plates, schools and references round psr48: plates named where someone sat or was left, a code listed
    # before a plate, spaced current plates after a cue, saints' schools and initials, own-prefix codes.
    "ridden in spaced": "left in K 52 DWT, sit in the cab of RUN 318 P ",
    "listed before": "218s and k 455 mxt, ",
    "spaced current cued": "car yx 65 tan, pa 67 rwt on the grass ",
    "short form schools": "from st abcs at bgs ",
    "own prefix refs": "Carefirst CF123456 ref B&B/4417 CIN 12 Aug ",
    # The round psrh50: chat lines opening with a user name, a handle met again, plates before what the car does.
    "chat speakers": "abcszn12: wyd\n",
    "handles met again": "with abc12x, abc12x's ",
    "plates before doings": "du 2188 dropping off, 5964 rm parked ",
    "plates standing in a bay": "v45 czy in the visitor bay wk61 meg on the drive ",
    "dedicated faith highs": "Christ the Ab RC High, Our Lady of Ab RC High ",
    "section and scheme numbers": "S42 006744 DPS 61845518 ref SEN-T 2495 ",
    "sixth forms and grammars": "at ab cd 6th form, from ab grammar ",
    # The address round addr50: rooms, doors and which house after an address, streets before their numbers, a
    # street type first, bungalows, named approved premises, a number and name before a lower-case postcode.
    "rooms after addresses": "12 Elm Road back bedroom ",
    "doors in brackets": "12 Elm Road (key safe by back door) ",
    "which house": "Elm Road, the end house with the van on the drive, ",
    "streets then numbers": "Ferry Row 12 Ab Loan 3 ",
    "street types first": "100 Brae of the Ab ",
    "houses then streets on the next line": "ab cottage\ncd row ",
    "bungalows": "bung 16 ab house ",
    "approved premises": "flat 1 ab approved premises ",
    "numbers before lower postcodes": "attended 178 Milepost cf24 5nr ",
    # The round refs50: collar numbers and the surname after, schemes named twice, a fraction after a date.
    "collar numbers": "by PC 1108 GULBIS / Sgt 442 ",
    "schemes named twice": "datix Datix W01145 LOG log 2949 serial 9399 OCC 46540540 ",
    "fractions after dates": "(1996-11-08) 28/40 (2010-09-19) 11TH ",
    "day and month before a time": "hit 7/7 02:14 pain 7/10 14:00 ",
    "school fields and highs alone": "school ab high. cd high. school ab cl prim ",
    "pet saints": "ST WINNIES. st annies ",
    "nurseries at a place": "at Ducklings at the Lock, Busy Bees at Ab Cd ",
    "plates picked up or got into": "picks up in nib 5556, got in jig 2426 ",
    # The round names50: what a report says someone did or was, collar numbers, towns where only a place stands.
    "told names": "knows offender as Ab, assault by Cd at, Ef and others dealing, Known assoc Gh / ",
    "there again and back at": "Ab was there again. Cd back at 3am. ",
    "found with": "found in a flat at no.2 the end with ",
    "officers after collar numbers": "by PC XN5762 ABC / PC 1108 Def ",
    "town positions": "not to enter Abc, moved to Def from Ghi into Jkl, son Mno in Pqr (07 ",
    "given before surnames": "bay 3 ab cdxz (12), Ab Cd 34/40, abq cd says ",
    # The round names52: chat heads typed in lower case, nicknames told by what they own or do.
    "chat heads": "ab @ cd ef - gh not in\nguidance abq: wee cdq in s2 her da efq ghq\n"
                  "sw whatsapp ab cdq: ef (1/2/2010)\n",
    "chat heads on one line": "ab @ cd - ef wee gh her da ij kl: mn (1/2/2010) ",
    "told nicknames": "mum calls Ab and Cd's snap, says Ef off. Gh drives ab12 cde. ABQ CD (EFGH) IJ ",
    "beside found names": "KIDS ABQ AND CDQ, w Tormad (1 Nov) n Pate, HV: Lol Bolland, Quest Ó Raghallaigh, "
                          "Kayla Nurse (u14s) ",
    "eponyms and caps logs": "Moses basket, clare's law, HV NEW BIRTH VISIT, HV BOOKED W EWO ",
    # The round refs52: plates after a vehicle or a driving verb, settings and short schools, a heading's number.
    "plates after drivers": "Car L 561 NET, veh ot16 col, drives A 4273, into fed 691g ",
    "plates in a bay or outside": "u 5452 in the bay, KB 589 outside ",
    "family centres and settings": "ab @ cd ef family centre - Kids at the Ab Nursery, school Bro Ab, Ab Row SEN Unit ",
    "short schools": "at Ab jnrs, ab prim named person, SCHOOL: AB PRIM / st abcs. ab. cdef juniors. ",
    "school initials": "school nurse: ab at SSP asking, Named person at CTK. ",
    "heading numbers": "ab cd (ef gh) 41994: ij\n",
    # The address round addr52: floors and stays after an address, blocks before their flats, noughts.
    "floors and stays after addresses": "12 Elm Road - upstairs, 3 Ab Row ground floor flat (TA) ",
    "blocks before flats": "ab cd house flat 1 Ab Court refuge flat 2 ",
    "times from nought": "moved to 0630, custody ",
    "floor and door flats": "from 3F1, 79 Ab Cd to 2f2, 14 ab gdns, 211 Ab Rw ",
    "titled houses": "Ab, The Cd House, The Ef Gh Cottage ",
    "lower streets then numbers": "by ab way 42 on cd ef road 3 ",
    "welsh places after a cue": "by cae hwrdd near rhes y bont at cwm ",
    "hotels and units as homes": "rm 13 ab cd travel inn, 20 ab hotel, flat 3 Ab Mother and Baby Unit ",
    "plates turned up in": "turned up in q40 abh picks her up in AV 63 KMS turns up in ",
    "spaced reference suffixes": "HO ref G1136397 /159 /2 CLA 578696 / ",
    # The round names54: nicknames told by a lift, a line, a meeting or a companion, their later uses in capitals,
    # a writer after a message's time, and a worker signing with their role at a line's end.
    "deed nicknames": "dropped off by Ab in a van, running the Cd line, meet Ef who sits, while Gh has got his dog, "
                      "wi Ij, RANG KLM AGAIN ON, txt to edt - abqz back, baby ab (1 Jan 2025) ",
    "caps nicknames again": "LET ABQ IN THE DOOR. ABQ IN ",
    "times before writers": "outreach teams [06:40] abqz: hi\n",
    "signed roles": "placed. Duty SW Ab Cd\n",
    "towns at facilities": "line into Abq, shes from Cdq), custody at Efq, made off towards Ghq, centre, Ijq\n",
    # The address round addr54: floors and bells after a home, rooms and kinds after a named block, short street
    # words before a number, a number glued to "no".
    "floors and bells": "12 Ab Way, upstairs 71 abq, 1st floor 18 Cd (top bell) ",
    "rooms after blocks": "Ab House Children's Home, room 9 CD HOUSE RM 2 pod 1 Ef House Foyer ",
    "short streets then numbers": "Ab St 100 Cd Cl 7 Maes y Ab 3 lives ab vennel 2 no103 ab row ",
    "streets after named homes": "at ab cottage, cdq, Ef Barn (Rhes y Gh), IJ HOUSE, KL DR ",
    "plates by their phrase": "in 6201 A at the rank drove her there in r 6293 bus L 5204 dropped by ct 08 kxt ",
    "plates in caps logs": "LET AB IN THE DOOR. AB IN 3513 LDU. AB IN ",
    "drove without a plate": "drove a b c d in ab drove in ",
    "spaced plates standing": "v 4 ofs outside defender 110 on the lane ",
    "schools by their phrase": "go to ab high on roll at CRC we are HFC, ring named person Ab Cd (PHS) Bro Ab. ",
    # Nicknames told by their phrase: called him, let in, with mates, no surname, a man's bracket, sign-offs.
    "nicknames by their phrase": "CALLED HIM AB AB LET IN AB + 2 Ab and his mates (Ab, surname a man (Ab ",
    "sign-offs and openers": "thanks, Ab hi it's Ab Son Ab (+44 Son Ab (0 ",
    # Headers and minutes: a Slack and a Teams head, initials, a pair before a school year, a word before a date.
    "headers and minutes": "#a · ab cd 1:2 [1:2] Ab, Cd ( , A.B. (x) : ab cd s6 at - ab (1/2/2000) is about ab cd ",
    # The address round addr56: student halls with block and room codes, flat marks around a home, "num".
    "student halls": "to ab hall d17 rm 2 kitchen 3 Cd Quay Student Living FLAT 2/28 EF HALL ANNEXE block b rm 1 ",
    "flat marks": "12 Ab Rd, 1/1 3 Cd Wy ff 4 ef st (hmo) rm 2 flat 8 (1st flr) 5 Gh Way - back bedroom ",
    "streets with num": "address Ab num 19 cd close num 8 num num ",
    "stay cues": "stopping at Ab's on cd ef. not to enter 1 gh or address: Ij 2, 's on 's on not to enter ",
    # The round refs56: universities and colleges by their kind word, a form's college field, schemes with numbers.
    "colleges": "at abq cdq uni Ab University of Cdq, ab 6th at Ab SS ab sfc ab utc COLLEGE: AB / ",
    "colleges in caps": "AB CD UNIVERSITY COLLEGE: AB CD EF / UNIVERSITY OF ABQ ",
    "scheme names and grants": "DAISy 976241 R+S 1759 grant 7025 (service 4903) ",
    "welsh initials and bracketed years": "YGG y Ab, Ab High (S6) ab high (s6) (P7) ",
    "closing numbers": "email a@b.ac.uk. 8021. 4636 ",
    "returns, stops and line trims": "came back 2/1. RPU STOP 8/3 - 208 gt line N 4068 on the disabled bay ",
    "house parts": "12 Ab Rd - rear 3 cd st (top flat) 4 Ef Way upstairs 5 gh rd (caravan in the yard) - rear ",
    "units in lower blocks": "flat a, abq court room 2, cdq house bedroom 3, ",
    "incidents of a day": "0415 of 12/03/24 2290 of 07/11 1 of ",
    "bilingual labels": "Abq/Child: Cd Ef\nGhq/Concern: ",
    # The round rfresh59: asides after a home, a named house by its street, initials listed as present.
    "asides after addresses": "12 Ab Rd (grannys) 3 Cd Row, above the chippy 4 Ef Ln - back of the hall AB NO. 5 ",
    "houses by streets": "ab cd ef cottage by gh ij row The Ab Flat by Cd Ln Tigh na Ab by Cd Road her flat by ",
    "minutes initials": "Present: AB (cd), E.F., GH, I.J.\nApologies: K.L., MN, ",
    # The round rfresh61: landmarks and dwellings after a home, a chain hotel, yards, numbers in words, plates, logs.
    "landmarks after addresses": "12 Ab Rd (next to the cd) 3 Ef Ln (the chippy) 4 gh row - the static at the back "
                                 "yard 2, Ij Yard 5 Kl Road Travelodge (opposite (next to the ",
    "numbers in words and plates": "ab wy, number 12 cd row, number plate 2256 plate plate 12 ref 83 of 15/07/24 ",
    # The round rfresh60: how the house looks, review numbers, gaming tags, school fields, "lives the ...".
    "house descriptions": "12 Ab Rd (end terrace, blue door) 3 Cd Row - the annexe 4 Ef Ln (semi (",
    "review numbers": "DHR 15/12 DHR DHR 1/2 CSPR ",
    "gaming tags": "gaming tag ab1 xbox name cd_ game name ",
    "school fields": "School: ab rd prim\nYsgol: cd ave at ab rd prim school: ",
    "lives before postcodes": "lives the ab cd ef1 2gh lives ty ",
    # The round rfresh63: storage units, flats over a house, tracking numbers, names given in lower case.
    "storage, flats over, tracking": "unit 1, ab cd ef self storage flat a over 2 Ab Cd Ef AB 1234 5678 9GB GB "
                                     "gave his name as ab name as 3 Ab Rd - key safe by ab (meter cupboard ",
    # The round rfresh62: the number after the street's comma, the floor alone in brackets, a prison's number.
    "street comma numbers": "at ab cd road, no. 1, no, no. at EF, NO. 2 x, ",
    "bracket floors": "flat 1 2 Ab Rd (top) 3 Cd Ln (top (basement ",
    "prison numbers": "NIPS NIPS 1234 NIPS ",
    # The round rfresh65: shops named by what they sell, venues and doors after a home, quoted companions, mods.
    "shops, venues and doors": "12 Ab Rd (the cd ef shop) 3 Gh Ln (above the ij shop studio 4, Kl Row arts centre "
                               '5 Mn St, side door, (the ab (above the "staying with Ab" mod ab Attendee: AB ',
    # The round refs: a call's serial in a heading opened by its line, initials twice, a number after who was told.
    "call headings": "999 (speech to text) 6694: ab\n101 call ab 48213: 999 ab ",
    "initials twice": "(ABC ABC 123456) ABC ABC ABC 4321 (ref DEF 1234567) ",
    "numbers after who was told": "LADO aware 4296. told, 77506 aware aware informed 1234 ",
    # The round rules64: the bell after the door, the setting in brackets or before, ward lists, drug contacts,
    # plates with a word for a tag, settings by their site, a conference's short forms, "Address" with no colon.
    "stay notes, ward lists, contacts": "12 Ab Rd - side door, buzzer broken (supported lodgings) mother and baby "
                                        "unit, 3 Cd Ln, bell ab cd, 14, bay 3 ab cd, 1, bed injecting with Abc, who "
                                        "names given: Ab, Cd, Ef, (Gh, and ",
    "word-tag plates, sites, conf dates": "ab OR 53 CDG cd OR 53 Hospital Creche (Elm Road) Ab Nursery (conf 9/4 "
                                          "ICPC 1/2 Address AB HOUSE, BS5 1JT address ",
    # The round plates: plates waited or seen in without an article, a year letter A, glued fronts where a car
    # stands, a tag and age listed before three letters.
    "plates waited in": "waiting in V 5464 seen in ab 2942 sat in yr 65 zwl in ",
    "year letters and bays": "in a 198 abc h401 not in the bay ms24 ere seen outside and ot 24 doe ",
    # The round addresses: one-word streets after a place verb, a home's name and the street it stands off.
    "one-word streets": "knocked at no 1 abcd at 2-3 cdef visit: 4 efgh - AT 5 GHI ST the ab bank on 6 cdef, is at 7 ",
    "homes off streets": "at ab cd ef gh off ij kl row at ab (off cd at ab, off home Ab Cd off at ab off ",
    # The round xschools: street-named schools after a school's cue, setting brackets, alternative provision.
    "cued schools": "DSL at ab cd ef rd, school is ab cd row a ab cd ef jumper at ab cd year 1 (7) at ab cd wlk and "
                    "son Ab at ab ave goes to ab cd row. in ab cd special school 1), ab cd prim, Ab Cd Ef Gh (AP) "
                    "Ab Primary (Welsh medium) (ab (ab cd ",
    # The round rules66: short school kinds, visited homes, listed given names, rooms in named houses, posted handles.
    "short kinds and rooms": "- ab cd infs - AB, CD EF SP SCH the ab infs run - ab special - Room 1, Ab Cd Flat, "
                             "Ab Flat, 2 Cd Row at abcs now just left abd's, (PA for Abc) 1. Ab Cd (1) R. Ab, "
                             "posts about it as ab1 ",
    # The round rules67: numbers after streets on a move and after an estate word, inverted caps streets and names,
    # eclipsed Irish house names, a subject's home, "(sheltered)", schools after "and" and "Year N at", Cròileagan.
    "numbers after streets, paired schools": "from Ab Cd Lane 12 to 3 Ef at Ab Rise 4 AT aB wAY 5 cD' pATH 6 "
                                             "(aB-cD, Teach na gAb, Re: Ab Cd, (sheltered) ab prim and cd ef prim "
                                             "and Year 3 at ab high croileagan a' ab ",
    # The round plates2: plates after a make with a trim, an aside or a clause between; "in" with no verb; "his car".
    "plates after asides": "audi a3 s line FT 9675 ab cd (ef gh) T881 (son 740h) Matiz on the ab again, 3710 W ",
    "bare rides and owned cars": "in the abc 591 in vh62 day in ab 12 cde his car 923 v the car 7118 A. in 619tbx ",
    # The round xpersons: initials before surnames, posts signing a line, handles that spell a name, profile owners,
    # greetings, a given name before a dated surname, street nicknames, associates, debts.
    "initials, posts, handles, greetings": "From: A Abc, gp is S. Ab. Staff: ABCD\nTECH ABC ab cd (@abcd1) ab has "
                                           "been on tiktok.com/@ab hi its ABC the hi ab its Cd ",
    "dated given names, nicknames": "x - ab cd (1/2/2010) AB CD (3 May 2011) Big Ab Lil T owes Ab for Ab owns him "
                                    "Associates: Ab, Cd, Ef\n",
    "described speakers, roles before phones": "one girl abc says mum ab 07700900957 a lad cd said nan ab (0770 ",
    # The round addresses2: a home's name after a cue then its street, parts of named homes, names numbered with "no".
    "homes before streets": "at ab cd, ef gh road addr ab cd, teras ef gh at Ab Cd (1 Ef Lane) of Ab, 2 Cd Ef to ab, ",
    "units in named homes": "static caravan 1, Ab Cd at ab no 1 the flat above 2 Ab Park Lower Flat, Ab Cd home ab, ",
    "glued house names": "at abhouse and by old cdcroft again to efside, at ghmount staff ",
    # The round rules69: which house in brackets, quarters, numbers after a comma, clipped schools, handles in
    # capitals, names framed by "here", "FROM THE", "let him see", a relative's label and phone, a pair, an age.
    "which house, quarters, comma numbers": "12 Ab Road (the end one) QTR 3 AB CL, 4 AB CD WYND, 5, Lôn y Ab, 6 to "
                                            "room 1, ab house (veterans) quarter 7, Ab Gardens ",
    "clipped schools, caps handles, framed names": ", ab cd prim - goes to st abs. AB.CD.EF ON AB_CD_12 - abcd here. "
                                                   "LET HIM SEE ABCD. DAUGHTER IN AB: ABCD 07700900470 lads (ab + "
                                                   "cd) one of them Ab is 14\nABCD FROM THE AB ",
    # The round rules68: house ranges, dwellings behind a house, "flat 1/2", plates parked or driven off in, a
    # current plate listed before another, initials after "logged by", church marks, schools in brackets and by street.
    "ranges, dwellings, parked plates": "2 to 4 Ab Rd, the bungalow behind 6 Cd Rd, flat 1/2 parks 12 AB in the ab "
                                        "bay left in abc 123 ab12 cde and AB12 CDE logged by AB ",
    "church marks, bracketed schools": "Ab Cd Primary (C in W) school (ab cd high) ab cl prim ab cd rd jnr ",
    # The round precision: prisons after their title, a base's group or branch, a team's area, hyphened towns.
    "prisons, bases, teams": "HMP Ab Cd at the Ab forces families group, the Ab branch of Ab ACF the Ab and Cd teams "
                             "Ab-on-Cd-on- a Ab veteran HMP/YOI Ab ",
    # The round addresses3: a room in a Welsh or Gaelic named house, inverted-caps homes, a caps house and street.
    "rooms in named houses, odd-case homes": "room 1, Tŷ'r Ab rm 2 taigh na cd flat 3 Tŷ Ef AT aB cD cOTTAGE aB "
                                             "hOUSE AT AB COTTAGE CD DRIVE TO AB HOUSE ",
    "plate halves": "minibus b919 mar, Cars FT 26 UEN ",
    "short school kinds": "outside abcd ps at efgh ps the ab cd acad y10 ",
    "number handles in chats": "chat by abcde12x snaps (fghij34) ",
    # The round addresses4: "the old ..." after a home cue, a house name before a comma and its numbered street.
    "old homes, named fronts": "staying at the old ab cd ef The Old Ab Cd, 12 Ef Gh Ij at ab of cd ef, 1 ab cd ef, ",
    "cued words before commas": "at abc def ghi, 12 ",
    "controller nicknames": 'owes "Abc pay back Abc wages go to "ABC work in a for "Ab man ("Abc asks for "Abc ',
    "works before for": "worked in a car wash in a town work ",
    "share codes": "share code (AB1 CD2 share code: A1B2C3D4 sharecode ",
    "closing signatures": "ref AB-1234. ABCD\n",
    "houses off streets": "Abc Def House off Ghi Jkl Mno Pqr Abc House, OFF Abc ",
    "lettered flats in ty": "flat D, Tŷ'r flat a tŷ ",
    "lettered flats": "flat D, Ab Cd Ef flat B Ab ",
    # The round rules71: chat-export speakers, names before ", who" and "he's 9", plates a car left or parked in,
    # "Our Lady of" and "high uniform" schools, stair/flat numbers before a one-word street.
    "chat export speakers": "[Ab Cd]\nabcd: hi\nefgh: ok\n",
    "clause-cued names and plates": "left ab cd ef in 1234 KD by abcd, who efgh, he's 9 parked in abc 1234 ",
    "leaving words": "left left ab cd ",
    "faith schools, uniforms, stair homes": "at our lady of ab cd ef in ab cd high uniform live 112/4 Abc ",
    "names after a street ending St.": "at 12 Ab Cd St. Ef uses ",
}
_BEGIN = "<!-- pathological:begin -->"
_END = "<!-- pathological:end -->"


def _seconds(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        anonymise(text)
        best = min(best, time.process_time() - t0)
    return best


def measure(kb: int) -> list[tuple[str, float, float]]:
    rows = []
    for name, unit in SHAPES.items():
        small = unit * (kb * 1024 // len(unit))
        rows.append((name, _seconds(small), _seconds(small + small)))
    return rows


def table(rows: list[tuple[str, float, float]], kb: int) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=ROOT).stdout.strip()
    lines = [_BEGIN, "", f"`python bench/anonymise_pathological.py` at commit {commit}: each shape repeated to "
             f"{kb} KB and to {2 * kb} KB (process CPU time, best of 3). A ratio near 2 is linear; near 4 "
             "would be quadratic.", "", f"| text | {kb} KB, s | {2 * kb} KB, s | ratio |", "|---|---:|---:|---:|"]
    for name, a, b in rows:
        lines.append(f"| {name} | {a:.2f} | {b:.2f} | {b / max(a, 1e-3):.1f} |")
    worst = max(b / max(a, 1e-3) for _, a, b in rows)
    lines += ["", f"Largest ratio: {worst:.1f}.", "", _END]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=int, default=64, help="size of the smaller text in KB")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args(argv)
    out = table(measure(args.kb), args.kb)
    print(out)
    if not args.no_write:
        path = ROOT / "bench" / "RESULTS-anonymise-speed.md"
        text = path.read_text()
        block = f"## Pathological inputs\n\n{out}\n"
        if _BEGIN in text:
            text = re.sub(rf"## Pathological inputs\n\n{re.escape(_BEGIN)}.*?{re.escape(_END)}\n", lambda _: block,
                          text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n" + block
        path.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
