#!/usr/bin/env python3
"""Builds two word lists of the quote rules from public sources (run by hand; the
outputs are committed):

    python3 src/quotes/make_word_lists.py first-names DIR_WITH_CENSUS_FILES > src/quotes/first_names.txt
    python3 src/quotes/make_word_lists.py common-words ../shared/data/wikinews_en/articles.jsonl > src/quotes/common_words.txt

first-names: the US Census Bureau's 1990 first-name frequency files `dist.male.first`
(1,219 names) and `dist.female.first` (4,275 names). They are works of the US federal
government, in the public domain; we took them from the `names` 0.3.0 package on PyPI
(MIT licence; its README states the data files are public domain, derived from 1990
Census data). A name in both files gets the sex whose share is at least four times the
other's, else it is left out as ambiguous. A hand-written section of common first names
from outside the US (our own list, the project's licence) is appended by the script.

common-words: words that English Wikinews (CC BY 2.5, ../shared/data/wikinews_en) writes in
lower case at least three times as often as capitalised, away from sentence starts, seen
at least twice. Upper-case wire copy is recased with it: a word on the list is an ordinary
word, anything else may be a name.
"""
import collections
import json
import re
import sys

# Common first names from outside the 1990 US census lists, as they appear in
# international news (Arabic, Russian, Spanish, French, African, Asian names). Our own list.
EXTRA = {
    "m": """abdelhak abdel abdelkader abdallah abdullah abdul ahmed ahmad ali amir anwar bashar
    driss fouad ghassan hamid hassan hussein ibrahim ismail jamal karim khalid khaled mahmoud
    mohamed mohammed muhammad mustafa nasser omar osama rachid rashid saad salah salim sami
    samir sartaj tariq walid youssef yusuf ziad sergei sergey vladimir dmitry dmitri alexei
    andrei igor mikhail nikolai oleg yuri viktor boris ivan pavel fyodor josé jose juan carlos
    luis miguel alejandro pablo javier diego rafael fernando jorge ricardo sergio andrés
    alfredo álvaro gonzalo ignacio mauricio nicolás rodrigo pedro joaquín jean pierre
    françois jacques laurent olivier emmanuel nicolas hervé luc benoît thierry giuseppe
    giovanni matteo luca marco paolo hans jürgen klaus wolfgang olaf heiko kwame kofi
    olusegun goodluck muhammadu uhuru jomo cyril thabo jacob narendra rahul amit
    imran nawaz shinzo fumio recep tayyip mevlüt hakan bashir abiy
    jean-baptiste jean-bertrand jean-claude jean-christophe jean-françois jean-jacques jean-louis jean-luc
    jean-marc jean-marie jean-michel jean-noël jean-paul jean-philippe jean-pierre jean-yves
    pervez shahbaz asif hamza yasser yasir hani marwan hisham hosni riad riyad rami fadi firas hadi
    haidar haider nouri nuri jalal masoud massoud hossein javad mohsen reza ebrahim hamed abbas qassem
    qasem salman faisal fahd turki tamim hamad mehmet ahmet kemal binali volodymyr petro
    vitali vitaly arseniy andriy oleksandr oleksiy dmytro taras bohdan mykola yevgeny yevgeniy gennady
    anatoly aleksandr ramzan ilham abdelaziz abdelmadjid abdelfattah moncef habib rached
    moussa mamadou ousmane ibrahima amadou boubacar macky alassane yoweri salva riek abdalla faustin
    idriss mahamat bola atiku yemi nnamdi emmerson hage akufo muhammed mahmud
    yair naftali avigdor gilad ehud shimon yitzhak yossi
    fayez saeb nabil saeed zaid zayed raed hazem adel adil tarek tareq wael ayman kamal kamel
    nizar bassam bassem samer suleiman sulaiman khalil jan
    imad mazen yousef yusef louay loay fawaz munir mounir nidal ghaith anas bilal ammar ayham
    hafez maher maen majd malek mamoun moaz muhannad mohannad obaida osman othman qusay rabih
    radwan ridwan saleh salih shadi tamer talal usama wassim wissam yahya zakaria zuhair feras
    hasan husam hussam abdulrahman abdelrahman abdulkarim abdulaziz munzer monzer ayoub khaldoun
    majed majid mazin nader naji rafik rafiq ramez rashed sameh shukri sufian suhail taha tawfiq
    younes younis zaher mohammad mehdi mahdi esmail morteza mojtaba masrour nechirvan mazloum
    murat ekrem ilhan hulusi numan omer selahattin kadir
    lars nils sven anders henrik jens jonas magnus mats rolf ivo jiri karel petr ondrej milos
    zoran goran dragan bojan nikola aleksandar andrzej jaroslaw tomasz krzysztof piotr pawel
    janusz mateusz konstantin leonid valery valeriy vasily grigory stanislav vyacheslav yaroslav
    maxim artem ruslan timur arkady aleksei alexey andrey dmitriy kirill vadim ilya matvey nikita
    semyon stepan fedor gleb daniil kerem emre burak cem mert onur serkan tolga oguz mikael mikkel
    jussi oskar ulf bengt bjorn björn gunnar leif stig somchai ollie
    marek eoin cathal ciaran padraig seamus diarmuid oisin tadhg yonas dawit""",
    "f": """rabia aisha amina fatima fatma khadija layla leila mariam maryam nadia samira yasmin
    zainab zahra olga natalia natalya svetlana tatiana irina yelena elena ekaterina maria
    ana lucía carmen isabel pilar dolores mercedes marisol beatriz ségolène marine
    anne-marie brigitte sylvie angela ursula annalena giorgia federica ngozi ellen
    jacinda theresa indira benazir sheikh-hasina hasina yulia
    hina rania noura nour huda hanan reem salma tzipi ayelet
    shirin narges nasrin mahsa masih malala yevgenia oksana iryna yuliya viktoriya kateryna olena
    halyna hala rasha bouthaina buthaina lama lamia dima ghada hiba heba iman jumana maha manal
    najat nisreen nesrine noor rana rima ruba rula sahar samar sawsan suha suhair wafa widad
    yara zeina zeinab asma asmaa ingrid astrid sigrid solveig liv birgit annika linnea freja
    hanne mette lotte marit ragnhild tove signe galina lyudmila ludmila larisa nadezhda valentina
    zhanna inna lyubov leyla selin elif zeynep ayse tuva maja elin ebba wilma alva tsehay
    sian niamh aoife saoirse sinead roisin grainne caoimhe aisling clodagh rahel""",
}


# First names of either sex in the news, whatever the census says: men's names in Italy
# and France that are women's in the US ("Andrea", "Nicola", "Jean"), and names given to
# both ("Kai", "Robin", "Sasha"). Known first names, of no sex. Our own list.
EITHER = """kai robin jin andrea nicola simone michele jean dominique camille sasha sacha
alexis toni ilham"""

# Names the 1990 census gives as women's that news from abroad gives men (Russian "Yuri",
# "Nikita", "Misha"): they override the census.
MEN_ABROAD = "yuri nikita misha"


# Family names written first in Chinese and Korean names ("Wang Jue", "Li Keqiang"):
# never a first name's sex, though the census lists some ("li").
NOT_FIRST = {"li", "wang", "xi", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou",
             "wu", "kim", "lee", "park"}


def first_names(folder):
    shares = {"m": {}, "f": {}}
    for sex, name in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in open(f"{folder}/{name}", encoding="ascii"):
            parts = line.split()
            if parts:
                shares[sex][parts[0].lower()] = float(parts[1])
    out = {}
    for name in set(shares["m"]) | set(shares["f"]):
        m, f = shares["m"].get(name, 0.0), shares["f"].get(name, 0.0)
        if m >= 4 * f:
            out[name] = "m"
        elif f >= 4 * m:
            out[name] = "f"
    for sex, names in EXTRA.items():
        for n in names.split():
            out.setdefault(n, sex)
    for n in MEN_ABROAD.split():
        out[n] = "m"
    for n in EITHER.split():
        out[n] = "u"
    for n in NOT_FIRST:
        out.pop(n, None)
    print("# First names and their usual sex, for resolving he/she to a named person.")
    print("# Sources: US Census Bureau 1990 first-name files dist.male.first and")
    print("# dist.female.first (public domain, as shipped in the `names` 0.3.0 package on")
    print("# PyPI, MIT), names in both kept only when one sex has 4x the other's share; plus")
    print("# a hand-written list of common non-US first names (ours, the project's licence);")
    print("# less Chinese and Korean family names, which are written first (\"Wang Jue\").")
    print("# Built by src/quotes/make_word_lists.py. Format: name<TAB>m|f|u (u: either sex),")
    print("# lowercase.")
    for n in sorted(out):
        print(f"{n}\t{out[n]}")


def common_words(path):
    low, cap = collections.Counter(), collections.Counter()
    for line in open(path, encoding="utf-8"):
        text = json.loads(line)["text"]
        for m in re.finditer(r"[A-Za-z][A-Za-z'\-]*", text):
            w = m.group(0)
            before = text[max(0, m.start() - 3) : m.start()].strip()
            if not before or before[-1] in ".!?\"“‘'(:":
                continue
            if w.islower():
                low[w] += 1
            elif w[0].isupper() and w[1:].islower():
                cap[w.lower()] += 1
    keep = sorted(w for w, c in low.items() if c >= 2 and c >= 3 * cap[w])
    print("# Ordinary English words: written in lower case at least three times as often as")
    print("# capitalised (away from sentence starts, seen twice or more) in English Wikinews")
    print("# (CC BY 2.5, ../shared/data/wikinews_en). Used to recase upper-case wire copy.")
    print("# Built by src/quotes/make_word_lists.py.")
    for w in keep:
        print(w)


if __name__ == "__main__":
    {"first-names": first_names, "common-words": common_words}[sys.argv[1]](sys.argv[2])
