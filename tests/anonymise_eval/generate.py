"""Deterministic generator for the anonymiser evaluation set (stdlib only).

Run ``python tests/anonymise_eval/generate.py`` to rewrite ``dev.jsonl``, ``heldout.jsonl``,
``fresh.jsonl`` and ``fresh2.jsonl`` (``--split fresh`` rewrites one).  The .jsonl files are committed and
are the fixed set; this script documents how they were made.

The ``fresh`` split was added later as a third, untouched measurement: its templates, names, word-names,
streets, schools, nurseries, towns, cars, handle shapes and plate shapes are all its own (see
``FRESH``-marked sections below); the value formats and the labelling rules are the same as dev/heldout.
The ``fresh2`` split was added the same way as a fourth measurement (``FRESH2``-marked sections): its own
templates, names, word-names, streets, schools, nurseries, towns, cars and handle shapes, and every UK plate
format (current, prefix, suffix, Northern Ireland, dateless, Q).

Templates live in ``templates/{dev,heldout,fresh,fresh2}.txt`` (one ``source | text`` per line) and use slots:

* ``{role.attr}`` - a person.  role is e.g. girl, boy, mum, dad, bf, man, woman, sw, officer (a trailing
  digit makes another person of the same kind).  attr: first, last, full, ifull (initial + surname) are
  PERSON; email, handle, fb (profile URL) and phone are that person's EMAIL/HANDLE/URL/PHONE.
  ``wgirl``/``wboy`` draw from names that are also ordinary words (Hope, Will, ...).
* ``{kind}`` - dob, date, addr, pc, phone, email, nhs, ni, school, ref, handle, vrn, url (labelled) and
  age, age_adult, yr, town, car (not identifiers, so not labelled).
* ``:variant`` picks a format (``{dob:baby}``, ``{ref:crime}``, ``{handle:at}``); ``|lower``/``|upper``
  changes case the way careless typing does.  A trailing digit on a kind (``{dob2}``) is a second value.

Labels are computed from where each slot's value lands, so spans are exact by construction.
Everything is fictional: names are common given names/surnames combined at random, phone numbers are
mostly from Ofcom's drama ranges or random, NHS/NI numbers are random but format-valid.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------
# Name lists.  Dev and held-out use disjoint lists so the held-out split measures names the
# anonymiser's author has not seen.  Each culture: F (female), M (male) given names and S surnames.
# ---------------------------------------------------------------------------------------------------


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


NAMES: dict[str, dict[str, dict[str, list[str]]]] = {
    "dev": {
        "english": {
            "F": _l("Chloe, Amelia, Jessica, Lily-Mae, Kerry, Paige, Stacey, Ellie, Courtney, Gemma"),
            "M": _l("Tyler, Harry, Kyle, Jack, Reece, Alfie, Kayden, Liam, Darren, Brandon"),
            "S": _l("Walsh, Smith-Jones, Hughes, Barker, Whittaker, Atkinson, Booth, Fletcher, Moss, Parr"),
        },
        "scottish": {
            "F": _l("Eilidh, Kirsty, Morag, Ailsa"),
            "M": _l("Callum, Hamish, Fraser, Ruaridh"),
            "S": _l("MacLeod, Campbell, McAllister, Drummond, Urquhart"),
        },
        "welsh": {
            "F": _l("Cerys, Angharad, Seren, Ffion"),
            "M": _l("Dafydd, Rhys, Gethin, Emyr"),
            "S": _l("Pritchard, Llewellyn, Jones, ap Rhys, Vaughan"),
        },
        "irish": {
            "F": _l("Siobhan, Aoife, Niamh, Caoimhe"),
            "M": _l("Ciarán, Declan, Padraig, Colm"),
            "S": _l("O'Neill, Byrne, Ó Briain, McCarthy, Kavanagh"),
        },
        "south_asian": {
            "F": _l("Priya, Aisha, Harpreet, Fatima, Nasreen, Anjali"),
            "M": _l("Mohammed, Arjun, Imran, Gurpreet, Bilal, Sanjay"),
            "S": _l("Patel, Begum, Hussain, Khan, D'Souza, Sandhu, Iqbal, Mistry"),
        },
        "west_african": {
            "F": _l("Chiamaka, Adaeze, Abena, Folake, Temitope"),
            "M": _l("Oluwaseun, Kwame, Emeka, Tunde, Yaw"),
            "S": _l("Okafor, Adeyemi, Mensah, Boateng, Oyelaran-Smith, Eze"),
        },
        "caribbean": {
            "F": _l("Shanice, Tanisha, Keisha, Precious"),
            "M": _l("Jermaine, Delroy, Marlon, Devon"),
            "S": _l("Thompson, Gayle, Brown, Clarke, McKenzie-Reid"),
        },
        "eastern_european": {
            "F": _l("Zofia, Agnieszka, Ionela, Kateřina, Ewelina"),
            "M": _l("Łukasz, Andrei, Tomasz, Marius, Darius"),
            "S": _l("Wójcik, Kowalczyk, Popescu, Nowak, Dvořák, Petrauskas"),
        },
        "chinese": {
            "F": _l("Mei, Xiaoling, Wing"),
            "M": _l("Wei, Jun, Hao"),
            "S": _l("Chen, Wong, Zhang, Li"),
        },
        "arabic": {
            "F": _l("Layla, Noor, Mariam"),
            "M": _l("Omar, Yusuf, Karim"),
            "S": _l("Al-Sayed, Haddad, Mansour"),
        },
        "somali": {
            "F": _l("Hodan, Ayaan, Hibo"),
            "M": _l("Abdirahman, Liban, Mahad"),
            "S": _l("Warsame, Abdi, Farah, Jama"),
        },
        "turkish": {
            "F": _l("Elif, Zeynep, Ayşe"),
            "M": _l("Oğuz, Emre, Mehmet"),
            "S": _l("Yılmaz, Demir, Öztürk"),
        },
        "roma": {
            "F": _l("Esmeralda, Roksana"),
            "M": _l("Ferko, Dezider"),
            "S": _l("Lakatos, Balog, Horváth"),
        },
    },
    "heldout": {
        "english": {
            "F": _l("Demi, Leanne, Jade, Holly, Tracey, Kelsey"),
            "M": _l("Bradley, Connor, Mason, Dean, Jordan, Wayne"),
            "S": _l("Hargreaves, Whitfield, Baker, Pickering, Young, Dobson-Hart, Sutcliffe, Rowley"),
        },
        "scottish": {
            "F": _l("Isla, Catriona, Shona"),
            "M": _l("Ewan, Lachlan, Angus"),
            "S": _l("Sinclair, MacDonald, McKenzie, Buchanan"),
        },
        "welsh": {
            "F": _l("Bethan, Nia, Mali"),
            "M": _l("Iwan, Owain, Geraint"),
            "S": _l("Evans, Powell, Pugh, ab Owen"),
        },
        "irish": {
            "F": _l("Róisín, Bríd, Orla"),
            "M": _l("Seamus, Oisín, Eoin"),
            "S": _l("O'Sullivan, Doherty, Ní Dhomhnaill, McGuinness"),
        },
        "south_asian": {
            "F": _l("Sana, Nusrat, Kavya, Simran"),
            "M": _l("Zain, Rahul, Tariq, Jaswinder"),
            "S": _l("Chowdhury, Ahmed, Sharma, Gill, Mahmood, Fernandes"),
        },
        "west_african": {
            "F": _l("Blessing, Ngozi, Efua, Adwoa"),
            "M": _l("Chinedu, Kofi, Babajide, Obinna"),
            "S": _l("Nwosu, Asante, Ogunleye, Danso, Adebayo-Cole"),
        },
        "caribbean": {
            "F": _l("Kemisha, Marcia, Latoya"),
            "M": _l("Leon, Winston, Tyrone"),
            "S": _l("Francis, Morgan, Bailey-Reid, Campbell-Gordon"),
        },
        "eastern_european": {
            "F": _l("Małgorzata, Oksana, Alina, Bożena"),
            "M": _l("Paweł, Dmytro, Vasile, Jānis"),
            "S": _l("Zieliński, Shevchenko, Ionescu, Kazlauskas, Szabó"),
        },
        "chinese": {
            "F": _l("Yan, Lihua"),
            "M": _l("Zhiwei, Ming"),
            "S": _l("Huang, Liu, Cheung"),
        },
        "arabic": {
            "F": _l("Rania, Huda"),
            "M": _l("Khalid, Samir"),
            "S": _l("Nasser, Khalil, Darwish, El-Amin"),
        },
        "somali": {
            "F": _l("Fadumo, Sahra"),
            "M": _l("Abdullahi, Guled"),
            "S": _l("Hassan, Osman, Mohamud"),
        },
        "turkish": {
            "F": _l("Gülşen, Büşra"),
            "M": _l("Çağlar, Serkan"),
            "S": _l("Kaya, Şahin, Çelik"),
        },
        "roma": {
            "F": _l("Lavinia, Šárka"),
            "M": _l("Milan, Jozef"),
            "S": _l("Dudi, Oláh, Rusnák"),
        },
    },
    # FRESH: written for the third split; no given name or surname is shared with dev or held-out.
    "fresh": {
        "english": {
            "F": _l("Shannon, Chantelle, Abbie, Kayleigh, Lauren, Nicola, Bethany"),
            "M": _l("Lewis, Ryan, Craig, Shaun, Jake, Nathan, Kieran"),
            "S": _l("Ackroyd, Lomas, Cartwright, Haworth, Tattersall, Greenwood, Fairclough-Hill, Mellor"),
        },
        "scottish": {
            "F": _l("Mhairi, Iona, Kirsteen"),
            "M": _l("Struan, Euan, Murdo"),
            "S": _l("Mackintosh, Ferguson, MacAulay, Gillespie"),
        },
        "welsh": {
            "F": _l("Lowri, Catrin, Eleri"),
            "M": _l("Aled, Ieuan, Huw"),
            "S": _l("Griffiths, Bowen, Rees, Llwyd"),
        },
        "irish": {
            "F": _l("Saoirse, Gráinne, Clodagh"),
            "M": _l("Cathal, Donal, Tadhg"),
            "S": _l("Ó Conaill, Fitzgerald, McLaughlin, Ní Mhurchú"),
        },
        "south_asian": {
            "F": _l("Rukhsana, Shabana, Mandeep, Deepika, Farzana, Tahmina"),
            "M": _l("Adnan, Harjit, Vikram, Shahid, Rizwan, Kamran"),
            "S": _l("Rahman, Akhtar, Bhatti, Dhillon, Uddin, Parmar, Siddiqui, Pereira"),
        },
        "west_african": {
            "F": _l("Funmilayo, Chidinma, Ama, Yetunde"),
            "M": _l("Olumide, Kwabena, Ikechukwu, Femi"),
            "S": _l("Okonkwo, Owusu, Adeleke, Oyewole, Ogundipe-Lawal"),
        },
        "caribbean": {
            "F": _l("Sharelle, Monique, Paulette"),
            "M": _l("Errol, Clive, Desmond"),
            "S": _l("Samuels, Ricketts, Forbes, Bennett-Lewis"),
        },
        "eastern_european": {
            "F": _l("Justyna, Dorota, Raluca, Ieva"),
            "M": _l("Krzysztof, Grzegorz, Mihai, Tomáš, Ştefan"),
            "S": _l("Wiśniewska, Dąbrowski, Constantinescu, Jankauskas, Bērziņš, Kovačević"),
        },
        "chinese": {
            "F": _l("Xiu, Jiayi"),
            "M": _l("Jian, Yong"),
            "S": _l("Lin, Zhou, Ng"),
        },
        "vietnamese": {
            "F": _l("Thảo, Ngọc"),
            "M": _l("Tuấn, Quang"),
            "S": _l("Nguyễn, Trần, Phạm"),
        },
        "filipino": {
            "F": _l("Maricel, Jocelyn"),
            "M": _l("Rodel, Jomar"),
            "S": _l("Dela Cruz, Bautista, Santos"),
        },
        "arabic": {
            "F": _l("Yasmin, Amira"),
            "M": _l("Hamza, Mustafa"),
            "S": _l("Saleh, Abboud, Al-Hashimi"),
        },
        "afghan_iranian": {
            "F": _l("Zahra, Parwana"),
            "M": _l("Ahmad, Farid"),
            "S": _l("Rahimi, Ahmadzai, Karimi"),
        },
        "somali": {
            "F": _l("Ubah, Khadra"),
            "M": _l("Bashir, Ilyas"),
            "S": _l("Aden, Egal, Nur"),
        },
        "turkish_kurdish": {
            "F": _l("Şeyma, Dilan"),
            "M": _l("Barış, Hüseyin"),
            "S": _l("Aydın, Doğan, Koç"),
        },
        "portuguese": {
            "F": _l("Conceição, Joana"),
            "M": _l("João, Thiago"),
            "S": _l("Gonçalves, Ferreira"),
        },
        "roma_traveller": {
            "F": _l("Kezia, Violeta"),
            "M": _l("Levi, Pavol"),
            "S": _l("Lee, Boswell, Gunár"),
        },
    },
    # FRESH2: written for the fourth split; no given name or surname is shared with dev, held-out or fresh.
    "fresh2": {
        "english": {
            "F": _l("Jodie, Charlene, Leah, Danielle, Tia-Louise, Toni, Megan"),
            "M": _l("Scott, Charlie-Ray, Gavin, Aaron, Jamie, Dale, Mitchell"),
            "S": _l("Ormerod, Brierley, Swindells, Entwistle, Holroyd, Pilling, Kershaw-Platt, Naylor"),
        },
        "scottish": {
            "F": _l("Rhona, Morven, Kenna"),
            "M": _l("Fionnlagh, Alasdair, Dougie"),
            "S": _l("MacPhee, Cruickshank, McIntyre, Lamont"),
        },
        "welsh": {
            "F": _l("Rhiannon, Gwenllian, Elin"),
            "M": _l("Siôn, Cai, Tomos"),
            "S": _l("Prys, Bevan, Gruffydd, Parry"),
        },
        "irish": {
            "F": _l("Méabh, Ailbhe, Sorcha"),
            "M": _l("Darragh, Fiachra, Ruairí"),
            "S": _l("Ó Dónaill, Gallagher, McGettigan, Mac Giolla Bhríde"),
        },
        "south_asian": {
            "F": _l("Shazia, Jaspreet, Ruksar, Pooja, Nazia, Sabina"),
            "M": _l("Waqas, Amandeep, Sohail, Nikhil, Asif, Junaid"),
            "S": _l("Qureshi, Bains, Malik, Choudhury, Rana, Desai, Kaur, Miah"),
        },
        "west_african": {
            "F": _l("Oluwadamilola, Nkechi, Akosua, Bukola"),
            "M": _l("Oluwatobi, Kwadwo, Chukwuemeka, Kojo"),
            "S": _l("Ogunbiyi, Appiah, Nwachukwu, Ayodele-Johnson, Ofori"),
        },
        "caribbean": {
            "F": _l("Sharon-Marie, Claudette, Shantelle"),
            "M": _l("Lloyd, Carlton, Everton"),
            "S": _l("Ellis-Brathwaite, Henry, Whyte, Chambers"),
        },
        "eastern_european": {
            "F": _l("Małgosia, Iveta, Anastasija, Jelena"),
            "M": _l("Bartłomiej, Jędrzej, Žygimantas, Radu, Andrzej"),
            "S": _l("Wróbel, Kołodziej, Żukowski, Vaitkus, Ozoliņš, Petrović"),
        },
        "chinese": {
            "F": _l("Hui, Xinyi"),
            "M": _l("Bo, Guang"),
            "S": _l("Tang, Ho, Leung"),
        },
        "vietnamese": {
            "F": _l("Hương, Linh"),
            "M": _l("Đức, Minh"),
            "S": _l("Lê, Võ, Đặng"),
        },
        "arabic": {
            "F": _l("Salma, Hanan"),
            "M": _l("Nabil, Majid"),
            "S": _l("Al-Zubaidi, Jaber, Qasim"),
        },
        "kurdish_iranian": {
            "F": _l("Shirin, Nasrin"),
            "M": _l("Dara, Kaveh"),
            "S": _l("Rostami, Hosseini, Barzani"),
        },
        "eritrean_ethiopian": {
            "F": _l("Selam, Tsehay"),
            "M": _l("Dawit, Yonas"),
            "S": _l("Tesfaye, Haile, Gebremariam"),
        },
        "somali": {
            "F": _l("Idil, Muna"),
            "M": _l("Yasin, Sharmarke"),
            "S": _l("Dirie, Ali, Hersi"),
        },
        "turkish_cypriot": {
            "F": _l("Çiğdem, Gökçe"),
            "M": _l("Ümit, Gökhan"),
            "S": _l("Arslan, Özdemir, Güneş"),
        },
        "roma_traveller": {
            "F": _l("Mirela, Dolores"),
            "M": _l("Tibor, Jimmy-Joe"),
            "S": _l("Ward, McDonagh, Rostás"),
        },
    },
}

# Given names that are also ordinary English words; used by the wgirl/wboy roles.
WORD_NAMES: dict[str, dict[str, list[str]]] = {
    "dev": {"F": _l("Hope, Rose, May, Pearl, Honey"), "M": _l("Will, Grant, Hunter, Rich")},
    "heldout": {"F": _l("Faith, Sky, Summer, Mercy, Joy, Autumn"), "M": _l("Bill, Mark, Frank, Rocky")},
    "fresh": {"F": _l("Amber, Ivy, Poppy, Dawn, Ruby, Star"), "M": _l("Miles, Chase, Guy, Drew, Cliff, Lance")},
    # FRESH2: the fresh2 templates also use these as plain words ("grace period", "a daisy chain", "rob").
    "fresh2": {"F": _l("Grace, Daisy, Patience, Heather, Iris, Charity"), "M": _l("Rob, Sonny, Ash, Reed, Bob, Art")},
}

# Rough weights for the UK mix; English-heritage names are the largest single group.
CULTURE_WEIGHTS: dict[str, float] = {
    "english": 0.26,
    "scottish": 0.06,
    "welsh": 0.06,
    "irish": 0.07,
    "south_asian": 0.13,
    "west_african": 0.08,
    "caribbean": 0.06,
    "eastern_european": 0.1,
    "chinese": 0.04,
    "arabic": 0.04,
    "somali": 0.04,
    "turkish": 0.03,
    "roma": 0.03,
}
# FRESH: the third split's own mix, with Vietnamese, Filipino, Afghan/Iranian and Portuguese-speaking
# families added and Roma widened to Gypsy/Roma/Traveller.
CULTURE_WEIGHTS_BY_SPLIT: dict[str, dict[str, float]] = {
    "dev": CULTURE_WEIGHTS,
    "heldout": CULTURE_WEIGHTS,
    "fresh": {
        "english": 0.24,
        "scottish": 0.05,
        "welsh": 0.05,
        "irish": 0.05,
        "south_asian": 0.13,
        "west_african": 0.07,
        "caribbean": 0.05,
        "eastern_european": 0.1,
        "chinese": 0.03,
        "vietnamese": 0.03,
        "filipino": 0.03,
        "arabic": 0.03,
        "afghan_iranian": 0.03,
        "somali": 0.03,
        "turkish_kurdish": 0.03,
        "portuguese": 0.03,
        "roma_traveller": 0.02,
    },
    # FRESH2: the fourth split's mix, with Eritrean/Ethiopian and Kurdish/Iranian families and Irish Travellers.
    "fresh2": {
        "english": 0.25,
        "scottish": 0.05,
        "welsh": 0.05,
        "irish": 0.05,
        "south_asian": 0.14,
        "west_african": 0.07,
        "caribbean": 0.05,
        "eastern_european": 0.1,
        "chinese": 0.03,
        "vietnamese": 0.03,
        "arabic": 0.03,
        "kurdish_iranian": 0.03,
        "eritrean_ethiopian": 0.03,
        "somali": 0.03,
        "turkish_cypriot": 0.03,
        "roma_traveller": 0.03,
    },
}

STREETS: dict[str, list[str]] = {
    "dev": _l(
        "Bramble Road, Elm Grove, Victoria Street, Cranbrook Avenue, Meadow Close, Harehills Lane, "
        "Thornfield Court, Ashby Crescent, Church View, Kingsway, Wellington Terrace, Beech Drive, "
        "St Anne's Road, Heol y Felin, Mill Lane, Larch Gardens, Station Parade, Cobden Mews, "
        "Oakwood Rise, Gipsy Lane, Tennyson Walk, Nelson Row"
    ),
    "heldout": _l(
        "Wharf Street, Primrose Hill Gardens, Fenwick Way, Dunmore Walk, Saxon Rise, Orchard Mews, "
        "Cross Flatts Place, Heol y Nant, Great Western Road, Allison Street, Sandringham Drive, "
        "Belle Vue Terrace, Queen's Crescent, Hawthorn Green, Marsh Lane, Jubilee Close, The Paddock, "
        "Canal Side, Brunswick Square, Rowan Court"
    ),
    "fresh": _l(
        "Albion Terrace, Prospect Street, Moor End Road, Lime Walk, Bankside Close, Cheetham Hill Road, "
        "Ffordd y Parc, Lôn Glyndŵr, Gorse Avenue, Tudor Way, Peel Street, Stanley Grove, Mafeking Terrace, "
        "The Crescent, Windsor Court, Hollybush Lane, Ladywell Road, Back Lane, Kirkgate, Sycamore Drive, "
        "Dumbarton Road, Spring Bank West, St Peter's Square, Hamilton Place"
    ),
    # FRESH2
    "fresh2": _l(
        "Foxglove Close, Carr Lane, Ffordd Tŷ Gwyn, Heol Las, Balmoral Terrace, Saltaire Road, Quarry Hill, "
        "Shore Road, Blenheim Walk, Ravenswood Close, Maryhill Road, Tollcross Road, Cherry Tree Walk, "
        "Mount Pleasant, Chapel Street, Raglan Road, Pear Tree Court, Coronation Street, Lisburn Road, "
        "Bell Lane, Dock Street, Heather Bank, Patience Row, Stryd y Bont"
    ),
}

SCHOOLS: dict[str, list[str]] = {
    "dev": _l(
        "St Mary's C of E Primary, Oakfield Academy, Hollins Park High School, Kingsmead College, "
        "Bishop Challoner Catholic College, Greenfield Community Primary School, Ysgol Gymraeg Bro Taf, "
        "St Columba's RC High School, Moorside Junior School, Brackenwood Infant School, "
        "Riverside Free School, Park View Academy, Carrick Lane Primary"
    ),
    "heldout": _l(
        "St Bede's RC Primary, Whitecross Academy, Norbury Manor High, Castle Hill Infants, "
        "Ashwood Park Primary School, Ysgol y Graig, Our Lady of Lourdes Catholic Primary, "
        "Fernbank Pupil Referral Unit, Highfields Sixth Form College, Kirkhill Primary School, "
        "The Oaks Specialist School, Dunmore Academy"
    ),
    "fresh": _l(
        "St Joseph's Catholic Primary School, Hillcrest Academy, Longfield Primary, Beaumont Lees School, "
        "Ysgol Bro Morgannwg, Bannerman High School, Manor Park Community School, Holy Family RC Primary, "
        "Al-Noor Girls' School, Westgate Pupil Referral Unit, Thornhill Free School, "
        "Ravenscliffe Special School, Abbeyfield Sixth Form College, St Ninian's High School"
    ),
    # FRESH2
    "fresh2": _l(
        "Brookvale Primary School, Mossley Hill Academy, St Cuthbert's RC High School, Ysgol Gynradd Tŷ Gwyn, "
        "Lisnagarvey Integrated College, Foxwood Academy, Greenbank Junior School, Ashton Moss Primary, "
        "King Edward VII Grammar School, Redbrook Pupil Referral Unit, St Aidan's CE Academy, "
        "Eastbrook Special School, St Malachy's Primary, Darul Hikmah Girls' Secondary"
    ),
}
NURSERIES: dict[str, list[str]] = {
    "dev": _l("Little Acorns Nursery, Tiny Steps Day Nursery, Rainbow Pre-School, Heathfield Nursery School"),
    "heldout": _l("Jack and Jill Nursery, Little Explorers Pre-school, Sunflower Day Nursery, Ladybirds Nursery"),
    "fresh": _l("Tadpoles Day Nursery, Little Stars Pre-school, Willow Tree Nursery, Caterpillars Childcare"),
    "fresh2": _l("Teddy Bears Day Nursery, Little Owls Pre-school, Buttercups Nursery, Treetops Childcare Centre"),
}

# Not identifiers on their own in this set, so never labelled.
TOWNS = _l("Leeds, Bradford, Luton, Cardiff, Glasgow, Bristol, Leicester, Rochdale, Hull, Swansea, Derby")
CARS = _l("silver Corsa, black Golf, white Transit van, blue Fiesta, grey Audi A3, red Qashqai, BMW 3 series")
# FRESH: the third split's towns and cars.
FRESH_TOWNS = _l(
    "Oldham, Wolverhampton, Sunderland, Wrexham, Dundee, Stoke, Peterborough, Blackburn, Newport, Belfast, Inverness"
)
FRESH_CARS = _l("white Mercedes Sprinter, black Range Rover, green Yaris, silver Astra, dark blue Polo, grey Juke")
# FRESH2: the fourth split's towns and cars.
FRESH2_TOWNS = _l(
    "Rotherham, Bolton, Swindon, Aberdeen, Derry, Merthyr Tydfil, Grimsby, Huddersfield, Slough, Carlisle, Walsall"
)
FRESH2_CARS = _l(
    "gold Micra, white Berlingo van, black Mercedes C-Class, maroon Focus, silver Prius taxi, blue Sportage"
)
TOWNS_BY_SPLIT = {"dev": TOWNS, "heldout": TOWNS, "fresh": FRESH_TOWNS, "fresh2": FRESH2_TOWNS}
CARS_BY_SPLIT = {"dev": CARS, "heldout": CARS, "fresh": FRESH_CARS, "fresh2": FRESH2_CARS}

OUTWARD = _l(
    "LS9, LS11, BD3, M14, M8, B23, B10, SW9, SE15, E17, N17, NW10, W12, EC1V, WC2H, CF24, CF11, G41, "
    "G51, EH7, BS5, NE6, L8, S2, NG7, LE2, DE23, PR1, HU3, SR4, TS3, ST4, CV1, OL11, BB1, WF1, HD1, "
    "SA1, AB24, DD4, BT12, PL1, EX4, NR3, IP3, LU1, MK9"
)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # Royal Mail never uses C I K M O V in the inward code.

MONTHS = _l("January, February, March, April, May, June, July, August, September, October, November, December")
PERSONAL_DOMAINS = _l("gmail.com, hotmail.co.uk, outlook.com, yahoo.co.uk, icloud.com, live.co.uk, btinternet.com")
PROFESSIONAL_ROLES = {"sw", "worker", "teacher", "officer", "gp", "nurse", "hv"}
FEMALE_ROLES = {"girl", "mum", "woman", "nan", "sis", "gf", "wgirl", "stepmum"}
MALE_ROLES = {"boy", "dad", "man", "bf", "stepdad", "bro", "grandad", "wboy"}
FAMILY_ROLES = {"girl", "boy", "baby", "child", "mum", "dad", "sis", "bro", "nan", "grandad", "wgirl", "wboy"}

SLOT = re.compile(r"\{([a-z_]+?)(\d*)(?:\.([a-z]+))?(?::([a-z]+))?(?:\|([a-z]+))?\}")


@dataclass
class Person:
    first: str
    last: str
    professional: bool
    cache: dict[str, str] = field(default_factory=dict)


def _ascii(s: str) -> str:
    """Fold accents and drop punctuation, as people do when making emails and handles."""
    s = unicodedata.normalize("NFKD", s).replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def _ordinal(d: int) -> str:
    if 11 <= d % 100 <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def nhs_number(rng: random.Random) -> str:
    """Random 10-digit NHS number with a valid modulus-11 check digit (check 10 is never issued)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        fmt = rng.choices(["space", "plain", "dash"], [5, 3, 2])[0]
        if fmt == "space":
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if fmt == "dash":
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        return s


def valid_nhs(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == digits[9]


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def valid_ni_prefix(p: str) -> bool:
    return p[0] not in NI_BAD_FIRST and p[1] not in NI_BAD_SECOND and p not in NI_BAD_PAIRS


def ni_number(rng: random.Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        prefix = rng.choice(letters) + rng.choice(letters)
        if valid_ni_prefix(prefix):
            break
    num = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    fmt = rng.choices(["pairs", "plain", "mid", "lower"], [4, 3, 2, 1])[0]
    if fmt == "pairs":
        return f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {suffix}"
    if fmt == "mid":
        return f"{prefix} {num} {suffix}"
    if fmt == "lower":
        return f"{prefix}{num}{suffix}".lower()
    return f"{prefix}{num}{suffix}"


def postcode(rng: random.Random) -> str:
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    out = rng.choice(OUTWARD)
    fmt = rng.choices(["space", "nospace", "lower"], [7, 2, 2])[0]
    if fmt == "nospace":
        return out + inward
    if fmt == "lower":
        return f"{out} {inward}".lower()
    return f"{out} {inward}"


def phone(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choices(["drama_mob", "mob", "drama_land", "land"], [3, 4, 2, 2])[0]
    if kind == "mob":
        kind = rng.choice(["drama_mob", "mob", "mob"])
    if kind == "land":
        kind = rng.choice(["drama_land", "real_land"])
    if kind == "drama_mob":
        tail = f"{rng.randint(0, 999):03d}"
        return rng.choice(
            [
                f"07700 900{tail}",
                f"07700900{tail}",
                f"+44 7700 900{tail}",
                f"+447700900{tail}",
                f"07700-900-{tail}",
            ]
        )
    if kind == "mob":
        body = f"7{rng.choice('45789')}{rng.randint(0, 99999999):08d}"
        return rng.choice(
            [
                f"0{body[:4]} {body[4:]}",
                f"0{body}",
                f"+44 {body[:4]} {body[4:]}",
                f"0{body[:4]} {body[4:7]} {body[7:]}",
                f"+44 (0){body[:4]} {body[4:]}",
                f"+44{body}",
            ]
        )
    if kind == "drama_land":
        tail = f"{rng.randint(0, 999):03d}"
        return rng.choice(
            [
                f"0113 496 0{tail}",
                f"0161 496 0{tail}",
                f"020 7946 0{tail}",
                f"0117 496 0{tail}",
                f"01632 960{tail}",
                f"029 2018 0{tail}",
                f"0131 496 0{tail}",
                f"0141 496 0{tail}",
                f"028 9649 6{tail}",
                f"01134960{tail}",
            ]
        )
    # Real-looking geographic numbers with plausible area codes.
    n = rng.randint(0, 9999)
    return rng.choice(
        [
            f"0114 273 {n:04d}",
            f"(0113) 245{n:04d}",
            f"020 8{rng.randint(100, 999)} {n:04d}",
            f"01274 {rng.randint(100000, 999999)}",
            f"01225 {rng.randint(100000, 999999)}",
            f"0151 {rng.randint(200, 799)} {n:04d}",
        ]
    )


def vrn(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choices(["cur", "old"], [8, 2])[0]
    area = "ABCDEFGHJKLMNOPRSTUVWXY"  # DVLA memory tags never start I, Q or Z
    tail_letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if kind == "cur":
        age = rng.choice([f"{y:02d}" for y in range(2, 25)] + [str(y) for y in range(51, 75)])
        s = rng.choice(area) + rng.choice(tail_letters.replace("Z", "")) + age
        tail = "".join(rng.choice(tail_letters) for _ in range(3))
        fmt = rng.choices(["space", "nospace", "lower"], [6, 3, 1])[0]
        if fmt == "nospace":
            return s + tail
        if fmt == "lower":
            return f"{s} {tail}".lower()
        return f"{s} {tail}"
    year_letters = "ABCDEFGHJKLMNPRSTVWXY"
    letters3 = "".join(rng.choice(tail_letters) for _ in range(3))
    if rng.random() < 0.5:  # prefix format, 1983-2001: P123 ABC
        return f"{rng.choice(year_letters)}{rng.randint(1, 999)} {letters3}"
    return f"{letters3} {rng.randint(1, 999)}{rng.choice(year_letters)}"  # suffix format: ABC 123D


def vrn_fresh(rng: random.Random, kind: str = "") -> str:
    """FRESH plate shapes: current GB format, Northern Ireland format, and dateless/Q plates."""
    kind = kind or rng.choices(["cur", "ni", "old"], [6, 3, 1])[0]
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if kind == "cur":
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = f"{rng.choice([y for y in range(5, 25)] + [y for y in range(55, 75)]):02d}"
        tail = "".join(rng.choice(letters) for _ in range(3))
        fmt = rng.choices(["space", "nospace", "lower"], [5, 3, 2])[0]
        if fmt == "nospace":
            return area + age + tail
        if fmt == "lower":
            return f"{area}{age} {tail}".lower()
        return f"{area}{age} {tail}"
    if kind == "ni":  # Northern Ireland: three letters containing I or Z, then up to four digits
        code = rng.choice("ABCDEFGHJKLMNOPRSTUVWXY") + rng.choice(["IA", "IJ", "UI", "XZ", "AZ", "JZ", "EZ", "FZ"])
        num = rng.randint(1, 9999)
        return rng.choice([f"{code} {num}", f"{code}{num}", f"{code} {num}".lower()])
    return rng.choice(
        [
            f"Q{rng.randint(1, 999)} {''.join(rng.choice(letters) for _ in range(3))}",
            f"{''.join(rng.choice(letters) for _ in range(3))} "
            f"{rng.randint(1, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}",
        ]
    )


# The two-letter Northern Ireland county/area codes, each containing I or Z.
NI_PLATE_CODES = _l(
    "AZ, BZ, CZ, DZ, EZ, FZ, GZ, HZ, IA, IB, IG, IJ, IL, IW, JI, JZ, KZ, LZ, MZ, NZ, OI, OZ, PZ, RZ, SZ, TZ, UI, UZ, "
    "WZ, XI, XZ, YZ"
)


def vrn_fresh2(rng: random.Random, kind: str = "") -> str:
    """FRESH2 plate shapes: every format in UK use.

    cur (AB12 CDE, 2001-), prefix (A123 BCD, 1983-2001), suffix (ABC 123D, 1963-83), ni (Northern Ireland,
    ABZ 1234), dateless (1234 AB, ABC 123, 12 ABC) and q (Q123 ABC, vehicles of undetermined age).
    """
    kind = kind or rng.choices(["cur", "prefix", "suffix", "ni", "dateless", "q"], [6, 2, 2, 2, 1, 1])[0]
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    year_letters = "ABCDEFGHJKLMNPRSTVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    case = rng.choices(["upper", "nospace", "lower"], [6, 2, 2])[0]

    def typed(a: str, b: str) -> str:
        if case == "nospace":
            return a + b
        if case == "lower":
            return f"{a} {b}".lower()
        return f"{a} {b}"

    if kind == "cur":
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = f"{rng.choice(list(range(2, 26)) + list(range(51, 76))):02d}"
        return typed(area + age, three)
    if kind == "prefix":
        return typed(f"{rng.choice(year_letters)}{rng.randint(1, 999)}", three)
    if kind == "suffix":
        return typed(three, f"{rng.randint(1, 999)}{rng.choice(year_letters)}")
    if kind == "ni":  # Northern Ireland: a letter, a two-letter code containing I or Z, one to four digits
        code = rng.choice("ABCDEFGHJKLMNOPRSTUVWXY") + rng.choice(NI_PLATE_CODES)
        return typed(code, str(rng.randint(1, 9999)))
    if kind == "dateless":
        two = "".join(rng.choice(letters) for _ in range(2))
        return rng.choice(
            [
                typed(str(rng.randint(1, 9999)), two),
                typed(three, str(rng.randint(1, 999))),
                typed(str(rng.randint(1, 999)), three),
            ]
        )
    return typed(f"Q{rng.randint(1, 999)}", three)


def a_date(rng: random.Random, lo: int, hi: int, allow_no_year: bool = False) -> str:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    month = MONTHS[m - 1]
    fmts = [
        (f"{d:02d}/{m:02d}/{y}", 5),
        (f"{d}/{m}/{y % 100:02d}", 3),
        (f"{d:02d}.{m:02d}.{y}", 1),
        (f"{d:02d}-{m:02d}-{y}", 1),
        (f"{y}-{m:02d}-{d:02d}", 1),
        (f"{_ordinal(d)} {month} {y}", 3),
        (f"{d} {month[:3]} {y}", 2),
        (f"{month} {d}, {y}", 1),
        (f"{d} {month} {y}", 2),
        (f"{_ordinal(d)} {month.lower()} {y}", 1),
    ]
    if allow_no_year:
        fmts += [(f"{_ordinal(d)} {month}", 3), (f"{d}/{m}", 1), (f"{month} {y}", 1), (f"{d} {month[:3]}", 1)]
    return rng.choices([f for f, _ in fmts], [w for _, w in fmts])[0]


def reference(rng: random.Random, kind: str = "") -> str:
    r = rng.randint
    pnc_year = r(90, 99) if rng.random() < 0.3 else r(0, 24)
    options: dict[str, list[str]] = {
        "cs": [f"CS-{r(2019, 2025)}-{r(0, 999999):06d}", f"CS/{r(19, 25)}/{r(1000, 99999):05d}"],
        "lcs": [f"{r(1000000, 9999999)}"],
        "mosaic": [f"{r(100000, 9999999)}"],
        "mash": [f"MASH-{r(19, 25)}-{r(100, 9999):04d}", f"M{r(19, 25)}{r(1000, 99999)}"],
        "crime": [
            f"{r(1, 60):02d}/{r(10000, 99999)}/{r(19, 25)}",
            f"{r(10, 99)}{r(190000000, 259999999)}",
            f"CRI{r(100000, 999999)}",
        ],
        "incident": [f"{r(20, 25)}{r(1, 12):02d}{r(1, 28):02d}-{r(1, 9999):04d}", f"INC-{r(10000, 99999)}"],
        "housing": [
            f"TEN/{r(0, 99999):06d}",
            f"HSG-{r(10000, 99999)}",
            f"ASB/{r(2019, 2025)}/{r(1, 999):03d}",
        ],
        "school": [f"SG-{r(100, 9999):04d}", f"CPOMS{r(10000, 99999)}"],
        "ho": [
            f"{rng.choice('SHBM')}{r(1000000, 9999999)}",
            f"{rng.choice('SHBM')}{r(1000, 9999)}-{r(100, 999)}",
        ],
        "adult": [f"ASC-{r(100000, 999999)}", f"AS/{r(2019, 2025)}/{r(1, 99999):05d}"],
        "lado": [f"LADO/{r(19, 25)}/{r(1, 999):03d}"],
        "pnc": [f"{pnc_year:02d}/{r(100000, 9999999)}{rng.choice('ABCDEFGHJK')}"],
        "court": [f"{rng.choice(['LS', 'MA', 'BM', 'ZW', 'CF', 'NE'])}{r(19, 25)}C{r(1, 999):05d}"],
        "eh": [f"EH-{r(1, 999999):06d}", f"EH{r(10000, 99999)}"],
    }
    kind = kind or rng.choice(list(options))
    return rng.choice(options[kind])


class Note:
    """Renders one template, generating each slot's value once and recording label spans."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        self.people: dict[str, Person] = {}
        self.values: dict[str, tuple[str | None, str]] = {}
        self.family_culture: str | None = None
        self.family_surname: str | None = None

    # -- people ------------------------------------------------------------------------------------
    def _culture(self) -> str:
        weights = CULTURE_WEIGHTS_BY_SPLIT[self.split]
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        base = role.rstrip("0123456789")
        if base in FEMALE_ROLES:
            gender = "F"
        elif base in MALE_ROLES:
            gender = "M"
        else:
            gender = self.rng.choice("FM")
        family = base in FAMILY_ROLES
        # Most relatives share a cultural background, but mixed families are common too.
        kin = family and self.family_culture is not None and self.rng.random() < 0.9
        culture = self.family_culture if kin and self.family_culture else self._culture()
        lists = NAMES[self.split][culture]
        pool = WORD_NAMES[self.split][gender] if base in ("wgirl", "wboy") else lists[gender]
        taken = {p.first for p in self.people.values()}
        # Two people in one note never share a given name, so each name span has one referent.
        first = self.rng.choice([n for n in pool if n not in taken] or pool)
        if family and self.family_surname and self.rng.random() < 0.65:
            last = self.family_surname
        else:
            last = self.rng.choice(lists["S"])
        if family and not self.family_surname:
            self.family_culture, self.family_surname = culture, last
        p = Person(first, last, base in PROFESSIONAL_ROLES)
        self.people[role] = p
        return p

    def person_attr(self, p: Person, attr: str, variant: str) -> tuple[str, str]:
        rng = self.rng
        f, s = p.first, p.last
        if attr == "first":
            return "PERSON", f
        if attr == "last":
            return "PERSON", s
        if attr == "full":
            return "PERSON", f"{f} {s}"
        if attr == "ifull":
            return "PERSON", rng.choice([f"{f[0]}. {s}", f"{f[0]} {s}"])
        if attr in p.cache:
            value = p.cache[attr]
        elif attr == "email":
            af, al = _ascii(f), _ascii(s)
            if p.professional:
                dom = rng.choice([f"{_ascii(rng.choice(TOWNS_BY_SPLIT[self.split]))}.gov.uk", "nhs.net", "nhs.net"])
                value = rng.choice([f"{af}.{al}@{dom}", f"{af[0]}{al}@{dom}"])
            else:
                nn = rng.randint(1, 99)
                local = rng.choice([f"{af}.{al}", f"{af}{al}{nn}", f"{af[0]}{al}", f"{af}_{nn}", f"{af}x{al[:3]}"])
                value = f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
        elif attr == "handle":
            value = self._handle_for(f, s)
        elif attr == "fb":
            af, al = _ascii(f), _ascii(s)
            nn = rng.randint(1, 99)
            value = rng.choice(
                [
                    f"facebook.com/{af}.{al}{nn}",
                    f"https://www.facebook.com/{af}.{al}.{nn}",
                    f"www.instagram.com/{af}_{al[:4]}",
                    f"https://www.tiktok.com/@{af}{nn}",
                    f"m.facebook.com/profile.php?id=1000{rng.randint(10**10, 10**11 - 1)}",
                ]
            )
        elif attr == "phone":
            value = phone(rng, "mob")
        else:
            raise ValueError(f"unknown person attribute {attr!r}")
        p.cache[attr] = value
        etype = {"email": "EMAIL", "handle": "HANDLE", "fb": "URL", "phone": "PHONE"}[attr]
        if attr == "handle" and variant == "at" and not value.startswith("@"):
            value = "@" + value
        return etype, value

    def _handle_for(self, first: str, last: str) -> str:
        af, al = _ascii(first), _ascii(last)
        nn = self.rng.randint(1, 99)
        if self.split == "fresh2":  # FRESH2 handle shapes
            return self.rng.choice(
                [
                    f"{af}{nn}_uk",
                    f"_{af}.{al}_",
                    f"{af}.{al[:1]}{nn}",
                    f"official{af}{nn}",
                    f"{al}_{af}",
                    f"{af}__{nn}",
                    f"{af}{al}x",
                    f"{af}.{al}.{2000 + nn % 25}",
                ]
            )
        if self.split == "fresh":  # FRESH handle shapes
            return self.rng.choice(
                [
                    f"{af}.{al}_",
                    f"its.{af}{nn}",
                    f"{af}_x_{al[:4]}",
                    f"{al}{af[0]}{nn}",
                    f"xx{af}{nn}xx",
                    f"{af}{al}.official",
                    f"the_real_{af}",
                    f"{af[0]}{al}_{2000 + nn % 25}",
                ]
            )
        return self.rng.choice(
            [
                f"{af}_{nn}",
                f"lil_{af[0]}{nn:02d}",
                f"{af}.x{nn}",
                f"big{af}",
                f"{af}{al[:3]}_",
                f"x{af}x",
                f"{af}.{al}{nn}",
                f"{af[:3]}_{al[:3]}{2000 + nn % 25}",
            ]
        )

    # -- other slots -------------------------------------------------------------------------------
    def kind_value(self, kind: str, variant: str) -> tuple[str | None, str]:
        rng = self.rng
        if kind == "dob":
            lo, hi = {"baby": (2024, 2025), "adult": (1962, 2005), "old": (1928, 1950)}.get(variant, (2007, 2023))
            return "DATE", a_date(rng, lo, hi)
        if kind == "date":
            return "DATE", a_date(rng, 2023, 2025, allow_no_year=True)
        if kind == "addr":
            street = rng.choice(STREETS[self.split])
            num = f"{rng.randint(1, 240)}{rng.choice(['', '', '', '', 'a', 'b'])}"
            flat = variant == "flat" or rng.random() < 0.2
            if not flat:
                return "ADDRESS", f"{num} {street}"
            n = rng.randint(1, 24)
            return "ADDRESS", rng.choice(
                [
                    f"Flat {n}, {num} {street}",
                    f"flat {n} {num} {street}",
                    f"Flat {n}{rng.choice('ABC')}, {num} {street}",
                    f"{n}/{rng.randint(1, 3)}, {num} {street}" if self.split != "dev" else f"Flat {n} {num} {street}",
                ]
            )
        if kind == "pc":
            return "POSTCODE", postcode(rng)
        if kind == "phone":
            return "PHONE", phone(rng, variant)
        if kind == "email":
            p = self._stranger()
            # Underscores become dots, as in many real addresses; a trailing one would be invalid.
            local = self._handle_for(p.first, p.last).replace("_", ".").strip(".")
            return "EMAIL", f"{local}@{rng.choice(PERSONAL_DOMAINS)}"
        if kind == "nhs":
            return "NHS_NUMBER", nhs_number(rng)
        if kind == "ni":
            return "NI_NUMBER", ni_number(rng)
        if kind == "school":
            pool = NURSERIES if variant == "nursery" else SCHOOLS
            return "SCHOOL", rng.choice(pool[self.split])
        if kind == "ref":
            return "REFERENCE", reference(rng, variant)
        if kind == "handle":
            p = self._stranger()
            h = self._handle_for(p.first, p.last)
            return "HANDLE", "@" + h if variant == "at" else h
        if kind == "vrn":
            plates = {"fresh": vrn_fresh, "fresh2": vrn_fresh2}.get(self.split, vrn)
            return "VEHICLE_REG", plates(rng, variant)
        if kind == "url":
            p = self._stranger()
            return "URL", self.person_attr(p, "fb", "")[1]
        if kind == "age":
            return None, str(rng.randint(2, 17))
        if kind == "age_adult":
            return None, str(rng.randint(19, 91))
        if kind == "yr":
            return None, str(rng.randint(1, 11))
        if kind == "town":
            return None, rng.choice(TOWNS_BY_SPLIT[self.split])
        if kind == "car":
            return None, rng.choice(CARS_BY_SPLIT[self.split])
        raise ValueError(f"unknown slot kind {kind!r}")

    def _stranger(self) -> Person:
        lists = NAMES[self.split][self._culture()]
        return Person(self.rng.choice(lists[self.rng.choice("FM")]), self.rng.choice(lists["S"]), False)

    def render(self, template: str) -> tuple[str, list[dict[str, object]]]:
        out: list[str] = []
        entities: list[dict[str, object]] = []
        pos = 0
        length = 0
        for m in SLOT.finditer(template):
            lit = template[pos : m.start()]
            out.append(lit)
            length += len(lit)
            kind, num, attr, variant, modifier = m.groups()
            if attr:
                etype, value = self.person_attr(self.person(kind + num), attr, variant or "")
            else:
                key = f"{kind}{num}:{variant or ''}"
                if key not in self.values:
                    self.values[key] = self.kind_value(kind, variant or "")
                etype, value = self.values[key]
            if modifier == "lower":
                value = value.lower()
            elif modifier == "upper":
                value = value.upper()
            elif modifier:
                raise ValueError(f"unknown modifier {modifier!r}")
            if etype:
                entities.append({"type": etype, "start": length, "end": length + len(value)})
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(template[pos:])
        text = "".join(out)
        if "{" in text or "}" in text:
            raise ValueError(f"unrendered slot in {template!r}")
        return text, entities


def load_templates(split: str) -> list[tuple[str, str]]:
    rows = []
    for line in (HERE / "templates" / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, text = line.partition(" | ")
        rows.append((source.strip(), text.strip()))
    return rows


SOURCES = {"school", "health", "social_care", "police", "housing", "adult_services"}
# How many renders per identifier template; no-identifier notes are written out in full, so once each.
RENDERS = {"dev": 3, "heldout": 3, "fresh": 3, "fresh2": 3}
SEEDS = {"dev": 20240611, "heldout": 91173, "fresh": 505517, "fresh2": 830271}
SPLITS = ("dev", "heldout", "fresh", "fresh2")


def generate(split: str) -> list[dict[str, object]]:
    rng = random.Random(SEEDS[split])
    templates = load_templates(split)
    notes: list[dict[str, object]] = []
    seen: set[str] = set()
    for t_index, (source, template) in enumerate(templates):
        if source not in SOURCES:
            raise ValueError(f"bad source {source!r}")
        reps = RENDERS[split] if SLOT.search(template) else 1
        for _ in range(reps):
            text, entities = Note(rng, split).render(template)
            if text in seen:
                continue
            seen.add(text)
            notes.append(
                {
                    "id": f"{split}-{len(notes) + 1:04d}",
                    "source": source,
                    "template": t_index,
                    "text": text,
                    "entities": entities,
                }
            )
    return notes


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Rewrite the anonymiser evaluation set.")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    args = ap.parse_args(argv)
    for split in SPLITS if args.split == "all" else (args.split,):
        notes = generate(split)
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for note in notes:
                fh.write(json.dumps(note, ensure_ascii=False) + "\n")
        print(f"{split}: {len(notes)} notes")


if __name__ == "__main__":
    main()
