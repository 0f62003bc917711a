"""The same facts in running text: who owns a project, who pays, who takes part, when it runs.

Each rule is a regular expression over one sentence with a named group for the
value; the rule's name goes into the provenance.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.lang_sv import MONTH_PATTERN, PROJECT_PART_NOUNS

# An organisation name in running text: capitalised words and the lower-case words names carry.
# "och" is left out on purpose: "Region Kronoberg och kommunerna" is two parties, not one name.
ORG = r"(?P<org>(?:[A-ZÅÄÖÉ][\w\-&.]*-\s+och\s+[a-zåäö][\w\-]*|[A-ZÅÄÖÉ][\w\-&.]*)(?:\s+(?:[A-ZÅÄÖÉ][\w\-&.]*|i|för|på|av|med|läns?|kommuns?|\w*kommune|stad|" \
      r"region(en)?|kommunalförbund|förbund|universitet|högskola|socialfonden|regionalfonden|" \
      r"regionala|socialfond|[a-zåäö]*fonden\+?|plus|\+|vänner|[a-zåäö]+s(?=\s+vänner\b)|" \
      r"[a-zåäö]+(?:råd|rådet|verket|styrelsen|myndigheten|institutet|nämnd|nämnden))){0,6})"  # "Nordiska ministerrådet"
# ("Havs- och vattenmyndigheten": a first word joined to the next by "- och")

# "Arkeologer från A och B undersöker ...": the people of the organisations that do the work, and what they do.
STAFF_FROM = r"^(?:Forskare|Arkeologer|Medarbetare|Experter|Lärare|Studenter|Biologer|Ingenjörer)\s+(?:från|vid|på)\s+"
STAFF_DO = r"(?=[^.;]{2,80}?\s(?:ska\s+)?[a-zåäö]{3,}(?:ar|er|ör)\b)"

# Who owns a project, stated in a sentence: (rule, pattern, where the organisation stands). "after": the
# organisation starts where the pattern ends; "before": it ends where the pattern starts; "group": the pattern's own
# group "org" holds it. A `check`
# group, when present, must follow the organisation ("till Örebro universitet för projektet").
CAP = r"(?=[A-ZÅÄÖÉØÆ0-9])"  # (Ø and Æ: Norwegian and Danish names)
# A part of a project as a sentence's subject: "Arbetspaketet", "Delprojekt 2", "Work package 3".
PART_SUBJECT = rf"^(?i:{PROJECT_PART_NOUNS})(?:\s+\d{{1,2}})?\b"
# "X startar Språkcafé Y med stöd från Z": what a body starts, by its name, and with whose money.
STARTS_VERB = r"(?:startar|startade|öppnar|öppnade|inleder|inledde)"
STARTED_WITH_SUPPORT = r"(?P<name>[A-ZÅÄÖ0-9][^,.;:]{1,60}?)\s+med\s+(?:ekonomiskt\s+)?(?:stöd|pengar|bidrag|medel)\s+(?:från|ur|av)\s+(?=[A-ZÅÄÖ])"
STARTS_WITH_SUPPORT_RE = re.compile(rf"\b{STARTS_VERB}\s+{STARTED_WITH_SUPPORT}")
OWNER_CUES: list[tuple[str, re.Pattern, str]] = [
    ("prose.owner.star_bakom", re.compile(r"(?:[”»’\"]|\b(?:projektet|förstudien|satsningen)\s+[^,.;]{2,60}?|\s[a-zåäö]+\s+[A-ZÅÄÖ][\wåäö-]+),\s+"
                                          r"som\s+(?P<org>[A-ZÅÄÖ][^,.;]{1,60}?)\s+står\s+bakom\b"),
     "group"),  # "... till ’Bygdens bio’ i Borrby, som Borrby bioförening står bakom": the body behind it runs it
    ("prose.owner.leads_the_project", re.compile(r"\s+(?:leads|coordinates|runs|heads|manages)\s+(?:the|this)\s+(?:new\s+)?"
                                                 r"(?:project|pilot|study)\b"),
     "before"),  # "Halmstad University leads the project, with ..."
    ("prose.owner.startar_med_stod", re.compile(rf"\s+{STARTS_VERB}\s+(?={STARTED_WITH_SUPPORT})"),
     "before"),  # "Stadsbiblioteket startar Språkcafé X med stöd från Y": the subject runs what it starts
    ("prose.owner.lead_partner_is", re.compile(r"\b(?i:lead ?partner|leadpartner|prosjekteier|projektejer)\s+(?:er|är|is)\s+" + CAP),
     "after"),  # "Leadpartner er Region X" (Danish), "Lead partner is X"
    ("prose.owner.gatt_ihop", re.compile(r"\s+har\s+gått\s+ihop\s+(?:i|om)\s+(?:projektet|satsningen|förstudien)\b"),
     "before"),  # "A och B har gått ihop i projektet X": the first named leads
    ("prose.owner.drivs_av", re.compile(r"\b(?:drivs|leds|ägs|samordnas|koordineras|drevs|leddes|ägdes|samordnades|"
                                        r"startas|startades|har startats|initieras|initierades|genomförs|genomfördes|"
                                        r"koordinerades|drivits|letts|ägts|samordnats|koordinerats|ägt|ägd|ägda|"
                                        r"drivet|drivna|lett|ledd|ledda|ledes|drives|eies|ejes)\s+"  # (Danish "ledes af",
                                        # Norwegian "eies av")
                                        r"(?:också\s+|nu\s+|i dag\s+)?(?:i regi\s+)?a[vf]\s+"
                                        # ("drivs av det kommunala bostadsbolaget X": what it is, then its name)
                                        r"(?:(?:det|den)\s+(?:[a-zåäö-]+\s+){0,2}?(?:[a-zåäö-]+(?:bolaget|föreningen|"
                                        r"företaget|stiftelsen|förbundet|organisationen|kooperativet))\s+)?" + CAP
                                        + r"|\b(?:is |was )?(?i:run|led|coordinated|owned|managed|carried out|conducted) by\s+(?:the\s+)?" + CAP),
     "after"),
    ("prose.owner.fick_beskedet", re.compile(r"\b(?:fick|får|har fått)\s+" + CAP + r"(?=[^.;,]{2,80}?\s+(?:beskedet|besked|"
                                             r"klartecken|grönt ljus)\b)"), "after"),  # "I maj fick X beskedet att projektet Y ..."
    ("prose.owner.med_som_agare", re.compile(r"\b(?:med|with)\s+" + CAP + r"(?=[^.;,]{2,80}?\s+(?:som|as)\s+(?:\w+\s+)?"
                                             r"(?:projektägare|stödmottagare|huvudstödmottagare|lead partner|lead applicant)\b)"),
     "after"),  # "med Åre kommun som projektägare", "with Åre kommun as lead partner"
    # "Med stöd från Leader X bygger Åby IK om sitt klubbhus": the payer fronted, then the verb, then who does it
    ("prose.owner.with_support", re.compile(r"^(?:Med|Tack vare)\s+(?:ekonomiskt\s+)?(?:stöd|pengar|medel|bidrag)\s+"
                                            r"(?:från|av|ur)\s+[^.;]{2,60}?\s+(?:bygger|startar|driver|genomför|utvecklar|"
                                            r"skapar|rustar|anordnar|inleder|satsar|kan|ska|har)\s+(?:nu\s+)?" + CAP), "after"),
    ("prose.owner.beviljats_mottagare", re.compile(r"\b(?:har beviljats|beviljades|tilldelades|har tilldelats)\s+(?!\d)" + CAP),
     "after"),
    ("prose.owner.gar_till_x_for", re.compile(r"\d[^.;]{0,40}?\s(?:går|gick)\s+till\s+" + CAP
                                              + r"(?=[^.;,]{1,60}?\s+för\s)"), "after"),  # "N kr går till X för Y"
    # "Pengarna går till Åby IF, som ska driva projektet X": the one the money goes to runs it
    ("prose.owner.gar_till_som_driver", re.compile(r"\b(?:går|gick)\s+till\s+" + CAP + r"(?=[^.;,]{2,80},\s+som\s+(?:ska\s+)?"
                                                   r"(?:driva|driver|leda|leder|genomföra|genomför)\s+(?:projektet|"
                                                   r"förstudien|satsningen)\b)"), "after"),
    ("prose.owner.staff_from", re.compile(STAFF_FROM + CAP + STAFF_DO), "after"),
    # "Arkeologer från Gotlands museum och Uppsala universitet undersöker ...": the first named leads the work
    ("prose.owner.med_dem_ska", re.compile(r"^Med (?:dem|pengarna|stödet|medlen|bidraget)\s+(?:ska|kan|kommer)\s+"
                                           r"(?:nu\s+)?" + CAP), "after"),  # "Med dem ska Föreningen X anlägga ..."
    ("prose.owner.x_som_far", re.compile(r"^(?:och\s+|samt\s+|Bland mottagarna finns\s+)?(?P<org>[A-ZÅÄÖ][^,.;]{1,60}?),\s+som\s+"
                                         r"(?:får|fick|beviljas|beviljades|tilldelas)\s+[^.;]{0,40}?\d"), "group"),
    # "Åby museum, som får 240 000 kronor för projektet X": an entry's recipient, before its relative clause
    ("prose.owner.appositive_som_far", re.compile(r"\b(?:en|ett)\s+(?:[a-zåäö-]+\s+){0,2}?(?:förening|bolag|stiftelse|"
                                                  r"organisation|kooperativ|nätverk|klubb)\w*,\s+(?P<org>[A-ZÅÄÖ][^,.;]{1,60}?),"
                                                  r"\s+som\s+(?:får|fick|beviljas|beviljades|tilldelas)\s+[^.;]{0,40}?\d"),
     "group"),  # "... går ihop i en ekonomisk förening, Kustbygdens Gårdar, som får 380 000 kronor": the one named
    ("prose.owner.till_x_gar", re.compile(r"^Till\s+(?P<org>[A-ZÅÄÖ][^.,;]{1,80}?)\s+(?:går|gick)\s+(?:drygt\s+|cirka\s+)?\d"),
     "group"),  # "Till Ljungby kommun går 650 000 kronor för projektet X", "Till Musik i Syd går ...": all up to the verb
    ("prose.owner.i_plats", re.compile(r"^I\s+[A-ZÅÄÖ][\wåäö-]+\s+(?:får|fick|beviljas|beviljades|tilldelas|satsar|startar|"
                                       r"driver|leder)\s+(?:nu\s+)?" + CAP),
     "after"),  # "I Krokom får Föreningen X 900 000 kronor": after a place, the subject follows its verb
    ("prose.owner.i_projektet_ska", re.compile(r"^I\s+(?:det\s+nya\s+)?(?:projektet|förstudien|satsningen)\s+(?:[^,.;]|\.\d){2,60}?"
                                               r"\s+(?:ska|skall|kommer)\s+" + CAP
                                               + r"(?=[^.;,]{0,60}?\s+(?:tillsammans med|i samarbete med)\s)"), "after"),
    # "I projektet X ska Åby kommun tillsammans med A och B utbilda ...": the subject after the verb runs it
    ("prose.owner.ger_x_bidrag", re.compile(r"\b(?:ger|gav|beviljar|beviljade|tilldelar|tilldelade)\s+"
                                           r"(?=[A-ZÅÄÖ][^.;]{1,60}?\s+(?:ett|en)\s+[\wåäö-]*(?:bidrag|stöd|anslag)\b)" + CAP),
     "after"),  # "Region X ger Teater Y ett utvecklingsbidrag på N kronor": the one given it runs the project
    ("prose.owner.beviljar_x_belopp", re.compile(r"\b(?:beviljar|beviljade|beviljat|tilldelar|tilldelade|tilldelat)\s+"
                                                 r"(?=[A-ZÅÄÖ][^.;]{1,80}?\s+"
                                                 r"(?:drygt\s+|nästan\s+|närmare\s+|cirka\s+|knappt\s+)?\d)" + CAP),
     "after"),  # "Länsstyrelsen beviljar Åby fiberförening 1,2 miljoner kronor": the one granted the sum runs it
    ("prose.owner.som_soks_av", re.compile(r"\b(?:projektet|förstudien|satsningen)\s+[^,.;]{2,60}?,?\s+som\s+"
                                           r"(?:söks|har sökts|drivs|ägs|leds|genomförs)\s+av\s+" + CAP), "after"),
    # "LAG har beslutat att prioritera projektet X som söks av Y": the applicant runs it
    ("prose.owner.klartecken", re.compile(r"\s+(?:har\s+)?(?:fått|får|fick)\s+(?:klartecken|grönt ljus|ja)\s+(?:för|till)\s+"
                                          r"(?:\w+\s+){0,2}?(?:projektet|förstudien|satsningen)\b"),
     "before"),  # "Granby kommun har fått klartecken för projektet X": the subject runs it
    ("prose.owner.has_been_granted", re.compile(r"(?<!which)(?<!that)\s+(?:has|have) been (?:granted|awarded)\s|"
                                                r"(?<!which)(?<!that)\s+(?:was|were) (?:granted|awarded)\s"),
     "before"),  # "Piteå municipality has been granted SEK 3.2 million"
    ("prose.owner.belopp_till", re.compile(r"\b(?:(?:har\s+)?(?:bevilja|prioritera|tilldela|fördela)(?:r|de|t)?|ger|gav)\b"
                                           r"[^.;]{0,80}?"
                                           r"\d[^.;]{0,60}?\btill\s+" + CAP), "after"),
    ("prose.owner.projektagare_ar", re.compile(r"\b(?i:projektägare|stödmottagare|huvudstödmottagare|huvudsökande|"
                                               r"huvudman|lead partner|projektägaren|huvudpartner|huvudpartnern|"
                                               r"initiativtagare|prosjekteier)\s+(?:(?:för|i|till) (?:projektet|förstudien)"
                                               # ("Huvudman för projektet X är Y": the project's name between)
                                               r"(?:\s+[A-ZÅÄÖ][^.;]{0,80}?)?\s+)?(?:är|blir|var|har varit|er)\s+"
                                               + CAP),
     "after"),
    ("prose.owner.label_inline", re.compile(r"^(?:Projektägare|Stödmottagare|Huvudsökande|Sökande|Projektägaren)\s*:?\s+"
                                            + CAP), "after"),
    # "att prioritera projektet X, sökande Y, med N kronor": the applicant named in apposition
    ("prose.owner.apposition", re.compile(r",\s+(?:sökande|stödmottagare|projektägare)\s+" + CAP), "after"),
    # "Blue Ports (2027–2030) is coordinated by Åby University": the English passive
    ("prose.owner.coordinated_by", re.compile(r"\b(?:is|was|are)\s+(?:coordinated|led|run|managed|owned)\s+by\s+(?:the\s+)?"
                                              + CAP), "after"),
    # "drivs av arbetsmarknadsenheten i Åby kommun": a unit of the organisation that runs it
    ("prose.owner.unit_of_org", re.compile(r"\b(?:drivs|leds|genomförs)\s+av\s+[a-zåäö]+(?:enheten|avdelningen|förvaltningen|"
                                           r"kontoret|sektionen)\s+(?:i|vid|på|inom)\s+" + CAP), "after"),
    ("prose.owner.bakom_star", re.compile(r"\b(?i:bakom)\s+(?:satsningen|projektet|förstudien|initiativet)\s+"
                                          r"(?:står|stod)\s+" + CAP), "after"),
    ("prose.owner.star_bakom", re.compile(r"\s+(?:står|stod)\s+(?:också\s+|även\s+)?bakom\s+(?:det\s+nya\s+|den\s+nya\s+)?"
                                          r"(?:projektet|satsningen|förstudien|initiativet)\b"), "before"),
    ("prose.owner.ar_projektagare", re.compile(r"\s+(?:är|blir|var|er|står som|stod som)\s+(?:\w+\s+)?(?:projektägare|"
                                               r"stödmottagare|huvudstödmottagare|huvudsökande|huvudman|lead partner|"
                                               r"leadpartner|projektets ägare)\b"),
     "before"),
    ("prose.owner.leder", re.compile(r"\s+(?:leder|driver|äger|samordnar|koordinerar|startar|har startat|inleder|genomför|"
                                     r"har inlett|drar igång|drev|ledde|samordnade|genomförde|har drivit|har lett|"
                                     r"har\s+under\s+(?:åren\s+)?(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}\s+(?:drivit|lett|genomfört)|"
                                     r"har\s+(?:nu\s+)?(?:tillsammans med\s+[^.;]{2,80}?\s+)?(?:dragit igång|startat|"
                                     r"inlett|sjösatt|tagit fram|utvecklat))\s+(?:nu\s+)?(?:(?:i|under|från)\s+[a-zåäö]+\s+(?:(?:19|20)\d{2}\s+)?)?"
                                     r"(?:(?:ett|en|det|den)\s+)?(?:\w+\s+){0,2}?"
                                     r"(?:(?:[A-ZÅÄÖ][\wåäö+]*-)?[a-zåäö]*projekt(?:et)?|förstudien|förstudie|satsning(?:en)?)\b"
                                     # "ett nytt forskningsprojekt", "det nya Interreg-projektet"
                                     r"|\s+(?:leads|runs|coordinates|manages|has launched|launches|is leading|is coordinating|"
                                     r"will (?:lead|coordinate|run|manage))"
                                     r"\s+(?:[A-Z][\w-]*(?:\s[A-Z0-9][\w-]*){0,3},\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
                                     r"project\b"), "before"),
    # ("will coordinate ArcticX, a new Horizon Europe project": the name, then what it is)
    ("prose.owner.subject_vill", re.compile(r"\s+(?:vill|ska|skall|planerar att|tänker|will|plans to|is to)\s+"
                                            r"(?!också\b|även\b|also\b)[a-zåäö]+"), "before_start"),
    ("prose.owner.subject_does", re.compile(r"\s+(?:bygger|anordnar|arrangerar|utvecklar|skapar|inventerar|restaurerar|"
                                            r"renoverar|rustar|anlägger|etablerar|undersöker|kartlägger|dokumenterar|erbjuder|"
                                            r"tar fram|genomför|driver|planterar|testar|prövar|utbildar|inför|"
                                            r"digitaliserar|moderniserar|bygger ut|ställer om|samordnar|koordinerar|organiserar|"
                                            r"startar|öppnar)\s+"
                                            r"(?:upp\s+)?(?:en|ett|nya|sina|sin|sitt|de|den|det)?\b"),
     "before_start"),  # "Hammerdals byaråd bygger en gemensam webbplats": the named subject does the project's work
    ("prose.owner.startar_nu", re.compile(r"\b(?:startar|inleder|driver|påbörjar|inviger)\s+(?:nu\s+|nu också\s+|därför\s+)?"
                                          r"(?=[A-ZÅÄÖ][^.;,]{2,60}?\s+(?:projektet|förstudien|satsningen)\s+[A-ZÅÄÖ\"”])|"
                                          r"^(?:Nu|I dag|Därför|I höst|I vår|I år|Snart)\s+(?:startar|inleder|påbörjar|drar)\s+"
                                          r"(?=[A-ZÅÄÖ][^.;,]{2,60}?\s+(?:igång\s+)?(?:ett|en)\s+(?:[a-zåäö-]+\s+){0,2}?"
                                          r"(?:projekt|förstudie|satsning|pilotprojekt)\b)"),
     "after"),  # "Med stöd från X startar nu Mora kommun projektet Y": the subject after its verb
    ("prose.owner.ansokan_fran", re.compile(r"\b(?i:ansökan|ansökningen)\s+från\s+" + CAP
                                            + r"(?=[^.;]{2,80}?\s+(?:om|för|till)\s+(?:(?:med)?finansiering\s+(?:av|till|för)\s+)?"
                                              r"(?:projektet|förstudien|stöd|medel)\b)"),
     "after"),  # "Ansökan från Storumans kommun om (medfinansiering av) projektet X"
    ("prose.owner.soker", re.compile(r"\s+(?:söker|har sökt|ansöker|har ansökt|ansökte|sökte)\s+"
                                     r"(?:(?:hos|till)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3}\s+)?"
                                     r"(?:i\s+projektet|om|stöd|\d|projektstöd|medel|bidrag|medfinansiering|finansiering)"),
     "before"),  # "Jädraås Byalag söker i projektet X om projektstöd", "X har ansökt hos Tillväxtverket om": the applicant
    ("prose.owner.is_lead", re.compile(r"\s+(?:is|was)\s+the\s+(?:lead beneficiary|lead partner|project owner|"
                                       r"coordinator|coordinating partner)\b"), "before"),  # "Strömstad is the lead beneficiary"
    ("prose.owner.med_hjalp_ska", re.compile(r"^Med (?:(?:hjälp|stöd) av\b|(?:drygt\s+|cirka\s+)?\d[^.;]{0,40}?\s(?:från|ur)\s)"
                                             r"[^.;]{0,100}?\s(?:ska|skall|kommer|kan)\s+(?:nu\s+)?" + CAP), "after"),
    # "Med hjälp av N från X ska A och B ...", "Med 2 miljoner kronor från X kan A nu starta ..."
    ("prose.owner.vi_pa", re.compile(r"^(?:Vi|Nu)\s+(?:på|vid|inom|i)\s+(?=[A-ZÅÄÖ][^.;,]{2,60}?\s+(?:driver|leder|har startat|"
                                     r"startar|har fått|får|har beviljats|samordnar)\b)"),
     "after"),  # "Vi på Coompanion X driver projektet Y": the organisation the writers speak for
    ("prose.owner.bakom", re.compile(r"\b[Bb]akom\s+(?:det nya\s+|den nya\s+)?(?:projektet|förstudien|satsningen|initiativet)"
                                     r"(?:,\s+[^,.;]{1,60},|\s+[^,.;]{1,60}?)?\s+(?:står|stod)\s+" + CAP), "after"),
    # "Bakom projektet X står Y", "Bakom satsningen, som heter X, står Y"
    ("prose.owner.som_ager", re.compile(r",?\s+som\s+(?:äger|driver|leder|samordnar)\s+(?:projektet|förstudien|"
                                        r"satsningen)\b"), "before"),
    # "Projektet är ett samarbete med Region X, som är projektägare": the one named before its relative clause
    ("prose.owner.som_ar_projektagare", re.compile(r",\s+som\s+(?:är|var|blir|blev)\s+(?:\w+\s+)?(?:projektägare|"
                                                   r"stödmottagare|huvudsökande|huvudman|lead partner)\b"), "before"),
    ("prose.owner.som_projektledare", re.compile(r"\s+som\s+(?:projektägare|projektledare|huvudman|samordnare|"
                                                 r"stödmottagare)\b"), "before"),
    ("prose.owner.far", re.compile(r"\s+(?:i\s+[A-ZÅÄÖ]\w+\s+)?(?:med flera\s+)?(?:"
                                   # "X har tillsammans med A och B fått N kronor": X leads, A and B take part
                                   r"har\s+(?:tillsammans|i samarbete|i samverkan)\s+med\s+[^.;]{2,100}?\s+"
                                   r"(?:fått|beviljats|tilldelats)|förordas|förordades|prioriteras|får|fick|har fått|beviljas|beviljades|har beviljats|"
                                   r"har (?:tillsammans|gemensamt) (?:fått|beviljats)|(?:får|fick) (?:tillsammans|gemensamt)|"
                                   r"delar på|delade på|"  # ("A och B delar på 1 200 000 kronor": A leads, B takes part)
                                   r"tilldelas|tilldelades|har tilldelats|erhåller|erhöll|(?:has|have)\s+received|tar emot|tog emot|har tagit emot|"
                                   r"received)\s+(?:(?!(?:och|men|samt|and)\s)\w+\s+){0,3}?"  # (not "beviljats och X får N")
                                   r"(?:\d|en\s+halv|en\s+miljon|\w+\s+miljoner|\w*stöd|\w*bidrag|\w*medel|pengar|klartecken)"),
     "before"),
    # "Example University receives SEK 4.5 million to ...": an English headline's recipient (a sentence's "Region X
    # receives EUR 190 million from the fund" is a programme's allocation, so a headline only)
    ("prose.owner.headline_receives", re.compile(r"\s+(?:receives?|gets|secures|wins)\s+(?:\w+\s+){0,2}?\d"), "before"),
    ("prose.owner.beviljat_mottagare", re.compile(r"\b(?:har beviljat|beviljade|beviljar|bevilja|har tilldelat|tilldelade|"
                                                  r"tilldelar|tilldela|(?:beslutat|beslutade|beslutar) att ge)\s+" + CAP + r"(?=(?:org\.\s?nr|[^.;]){2,80}?\s+(?:\d|en |ett |drygt |"
                                                  r"närmare |cirka |ca |totalt |sammanlagt |stöd|bidrag|medel|pengar))"),
     "after"),
    ("prose.owner.som_x_driver", re.compile(r",\s+som\s+(?:(?:vi|jag)\s+(?:på|vid|inom|i)\s+)?" + CAP
                                            + r"(?=[^,.;]{2,60}?\s(?:driver|leder|äger|samordnar|"
                                            r"har startat|startar|driver vidare|drev|ledde|ägde|samordnade|startade|"
                                            r"har drivit|har lett)\b)"), "after"),  # "X, som Y driver i Z"
    ("prose.owner.dar_ska", re.compile(r",\s+där\s+" + CAP + r"(?=[^,.;]{2,80}?\s(?:ska|skall|vill|kommer att)\s)"
                                       r"|\bprojekt\s+där\s+" + CAP + r"(?=[^,.;]{2,80}?\s[a-zåäö]{3,}(?:ar|er)\s)"),
     "after"),  # "Fäbodriket, där Hushållningssällskapet ska utveckla fäbodarna"
    ("prose.owner.in_brackets", re.compile(r"\b(?:medfinansierar|finansierar|stöttar|stödjer|beviljar|ger)\s+"
                                           r"(?:projektet\s+)?[A-ZÅÄÖ0-9][^()]{1,60}?\s*\((?=[A-ZÅÄÖ][^()]{1,80}\)\s+"
                                           r"(?:med|stöd med)\s)"), "after"),  # "... medfinansierar Namn (Ägare) med 600 000 kr"
    ("prose.owner.adverb_far", re.compile(r"^(?:Slutligen|Dessutom|Därtill|Till sist|Sist|Även|Också|Vidare|Nu|I år|"
                                          r"Sedan|Samtidigt)\s+(?:får|fick|beviljas|beviljades|tilldelas|tilldelades)\s+"
                                          + CAP + r"(?=[^.;]{2,80}?\d)"),
     "after"),  # "Slutligen får Stiftelsen X 90 000 kronor till projektet Y": the subject after its verb
    ("prose.owner.gar_till", re.compile(r"\b(?:beloppet|summan|pengarna|stödet|bidraget|medlen)\b[^.;]{0,40}?\s"
                                        r"(?:går|gick)\s+till\s+" + CAP), "after"),  # "Det största beloppet ... går till X"
    # (not "Vår ansökan till Leader X har beviljats ...": where the application went)
    ("prose.owner.awarded_to", re.compile(r"\b(?:awarded|granted|awards|grants)\s+(?:SEK|EUR|NOK|DKK|€|\d)(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?"
                                         r"\s+to\s+(?:the\s+)?" + CAP + r"(?=[^.;]{2,80}?\s+for\s+(?:the|a|its|their)\s+"
                                         r"(?:new\s+)?(?:project|pilot|study)\b)"), "after"),
    # "X has awarded SEK 4.8 million to Åby University for the project Y": the one it went to runs it
    ("prose.owner.till_for_projektet", re.compile(r"(?<!ansökan\s)(?<!ansökningen\s)(?<!ansökt\s)(?<!sökt\s)\btill\s+"
                                                  + CAP + r"(?=[^.;]{2,80}?\s+(?:för|till)\s+"
                                                  r"(?:projektet|förstudien|satsningen|förprojektet)\b)"), "after"),
]

# The share a payer covers, said before it: "till hälften av X och till resten av Y", "till 60 procent av X".
PAYER_SHARE = (r"till\s+(?:hälften|resten|resterande del(?:en)?|en (?:tredjedel|fjärdedel)|två tredjedelar|"
               r"tre fjärdedelar|(?:stor|största) del(?:en)?|\d{1,3}(?:,\d+)?\s*(?:%|procent))\s+")
# Who pays, stated in a sentence: the list of payers starts where the cue ends. A fund may be
# written in lower case ("från regionalfonden"), so the cue does not ask for a capital.
# "Uppgifterna kommer från X", "Deltagarna kommer från X": data and people come from somewhere; money is paid.
NOT_MONEY_FROM = "".join(f"(?<!{w} )(?<!{w.lower()} )" for w in ("Uppgifterna", "Informationen", "Statistiken", "Siffrorna",
                                                                 "Deltagarna", "Eleverna", "Idén", "Bilderna", "Texten"))
FUNDED_BY_RE = re.compile(r"\b(?:[Ff]inansieras|finansierades|finansierats|[Mm]edfinansieras|medfinansierades|"
                          r"delfinansieras|delfinansierades|stöds|stöddes|bekostas|bekostades|betalas(?! ut)|betalades(?! ut))\s+"
                          rf"(?:i övrigt\s+|i huvudsak\s+|{PAYER_SHARE}|\w+\s+)?(?:av|från|"
                          r"genom|med medel från|med pengar från)\s+|\b[Mm]ed (?:ekonomiskt\s+|finansiellt\s+)?stöd "
                          r"(?:från|av|ur)\s+|"
                          # "finansieras med medel ur anslaget för lokala naturvårdsprojekt (LONA) från X": a grant
                          # scheme's money, named in lower case, from X
                          r"\b(?:medel|pengar)\s+ur\s+(?:anslaget|anslag|potten|ramen)\b[^.;]{0,80}?\s+från\s+(?=[A-ZÅÄÖ])|"
                          r"\b(?:finansiering|finansieringen|medfinansiering|\w*medel|pengar|\w*stöd|bidrag|"
                          r"projektmedel|EU-stöd|EU-medel|[Ss]tödet|[Pp]engarna|[Mm]edlen) (?:kommer |lämnas |ges |tas )?(?:från|ur)\s+"
                          r"(?:bland annat\s+)?|"
                          r"\b\w*medel av\s+(?=[A-ZÅÄÖ])|\bklartecken\s+från\s+(?=[A-ZÅÄÖ])|"
                          # "Stödet är beviljat av X", "Bidragen är beviljade av X": who granted it (not "... av X ur
                          # Fonden Y", read below: X pays the fund's money out)
                          r"\b(?:är|blev)\s+(?:beviljat|beviljad|beviljade)\s+av\s+(?=[A-ZÅÄÖ])(?![^.;]{0,60}?\sur\s+[A-ZÅÄÖ])|"
                          r"\b(?:beviljat|beviljats|beviljades|beviljas)\s+(?:av\s+[A-ZÅÄÖ][^.;]{0,60}?\s+)?ur\s+(?=[A-ZÅÄÖ])|"
                          r"\b(?i:medfinansiärer|finansiärer|medfinansiär|finansiär|finansiärerna|huvudfinansiär(?:en)?)\s+(?:i projektet\s+)?"
                          r"(?:är|var|blir)\s+|" + NOT_MONEY_FROM + r"\bkommer från\s+(?=[A-ZÅÄÖ])|"
                          r"\b(?i:(?:with |eu )?(?:funding|financing) from|with support from|(?:co-)?funded by|(?:co-)?financed by|"
                          r"(?:been granted|was granted|is granted|received|receives|gets) (?:support|funding|a grant|money) from|"
                          r"(?<=\bof which )(?:\w+ )?(?:comes|come|is) from|"
                          r"supported by|approved by|granted by|(?:co-)?(?:funded|financed) with (?:[^.;,]|(?<=\d)[.,](?=\d)){1,40}? by)"
                          r"\s+(?:the\s+)?(?=[A-ZÅÄÖ])")  # ("funded with EUR 2 million by X")
# "of which the Interreg Aurora programme covers 65 percent", "... the Regional Fund provides 60 percent": an English
# payer before its verb.
PAYER_COVERS_RE = re.compile(r"\bthe (?P<org>[A-ZÅÄÖ][\w+-]*(?: [A-ZÅÄÖ0-9][\w+-]*){0,5})(?: programme| program| fund)? "
                             r"(?:covers|finances|funds|contributes|pays|provides)\b")
# "... council Formas has awarded SEK 4 million to ...": an English grantor before its verb.
AWARDED_BY_RE = re.compile(r"(?:\b[Tt]he )?(?P<org>(?!The )[A-ZÅÄÖ][\w+-]*(?: (?:[A-ZÅÄÖ][\w+-]*|of|for))*) "
                           r"(?:(?:has|have) (?:awarded|granted) "
                           r"(?=(?:SEK|EUR|NOK|DKK|€|\d))|supports (?:the )?project\b)")
# "X has been awarded SEK 12 million by the Swedish Research Council": the payer after "by".
AWARDED_BY_PASSIVE_RE = re.compile(r"\b(?:has|have|was|were) been (?:awarded|granted) [^.;]{0,40}?\bby (?:the )?"
                                   r"(?P<org>[A-ZÅÄÖ][\w+-]*(?:\s(?:of|for)\s[A-ZÅÄÖ][\w+-]*|\s[A-ZÅÄÖ][\w+-]*)*)")
# "A och B medfinansierar projektet": the payers stand before the verb.
FINANCES_PROJECT_RE = re.compile(r"\s+(?:med|del)?finansierar\s+(?:också\s+|även\s+)?(?:projektet|förstudien|satsningen|"
                                 r"arbetet|insatsen)\b|"
                                 # "Övertorneå och Haparanda kommuner är med som medfinansiärer"
                                 r"\s+(?:är|blir|går in)\s+(?:också\s+|även\s+)?(?:med\s+)?som\s+(?:med|del)?finansiärer?\b")
# Money asked for, not (yet) granted: "Projektet söker också stöd ur X".
APPLIED_FOR_RE = re.compile(r"\b(?:söker|ansöker|har sökt|har ansökt|ansökt|sökt|ansökan om|ansökningen om)\b",
                            re.IGNORECASE)
# The body that hands out the money, as a sentence opens: "Region Norrland beviljar ...", "Agency X is granting ..."
# (not a headline's passive, "X awarded SEK N": the one who got it).
GRANTOR_RE = re.compile(rf"^{ORG}\s+(?:(?:har\s+)?(?:beslutat|beslutade|beslutar)\s+att\s+(?:ge|bevilja|medfinansiera|delfinansiera|anslå|avsätta|stödja|"
                        r"stötta|finansiera)|"
                        r"(?:har\s+)?(?:beslutat|beslutade|beslutar)\s+om\s+(?:\w+\s+)?\w*(?:stöd|bidrag|medel|pengar|finansiering)"
                        r"(?:\s+till|\s+för\s+(?:år\s+)?(?:19|20)\d{2}\b)|"
                        # "X:s kulturnämnd beslutade den 12 juni om 14 ansökningar": a board deciding on applications
                        r"(?:har\s+)?(?:beslutat|beslutade|beslutar)\s+(?:den\s+\d{1,2}\s+[a-zåäö]+(?:\s+(?:19|20)\d{2})?\s+)?"
                        r"om\s+(?:\d+|[a-zåäö]+)\s+(?:ansökningar|ansökningar om stöd)\b|"
                        rf"beviljar|har (?:dessutom |också |även |nu )?beviljat|beviljade|fördelar|har fördelat|fördelade|delar ut|"
                        rf"har delat ut|delade ut|"
                        # "har vid sitt senaste sammanträde beviljat": when, between the auxiliary and its verb
                        rf"har\s+(?:vid|på|under)\s+(?:sitt|sin|dagens|årets|det)\s+(?:\w+\s+){{0,2}}?(?:beviljat|fördelat)|"
                        rf"satsar|ger|stöttar|stöder|stödjer|stödde|bidrar med|bidrog med|går in med|skjuter till|"
                        rf"is granting|grants|has granted|awards|has awarded|is awarding|"
                        rf"innvilger|har innvilget|innvilget|bevilger|har bevilget)\b")  # (Norwegian and Danish)
# "Leader X har prioriterat projektet": the body that decides on its grant has said yes to it.
PRIORITISED_BY_RE = re.compile(rf"^{ORG}\s+(?:har\s+(?:nu\s+)?)?(?:prioriterat|prioriterade|prioriterar|beviljat|beviljade|beviljar)\s+"
                               r"(?:projektet|ansökan|förstudien|satsningen)\b")
# "Projektet har prioriterats av Leader X": the same, said in the passive.
PRIORITISED_BY_PASSIVE_RE = re.compile(rf"\b(?:[Pp]rojektet|[Aa]nsökan|[Ff]örstudien|[Ss]atsningen)\s+(?:har\s+)?(?:nu\s+)?"
                                       rf"(?:prioriterats|prioriterades|beviljats|beviljades)\s+av\s+{ORG}")
# "en förfrågan om medfinansiering från X för projektet Y": X asks for money, it pays none.
REQUEST_FOR_MONEY_RE = re.compile(r"\b(?:förfrågan|begäran|framställan)\s+om\s+$")  # ("ansökan om stöd från X": X is asked)
# "Vår ansökan till Leader X har beviljats": the one the application went to grants it.
APPLICATION_GRANTED_RE = re.compile(rf"\b(?:ansökan|ansökningen)\s+(?:om\s+[^.;]{{1,40}}?\s+)?(?:till|hos)\s+{ORG}\s+"
                                    r"(?:har\s+(?:nu\s+)?)?(?:beviljats|beviljades|godkänts|godkändes|har gått igenom)\b")
# "... till Europeiska socialfonden, som beviljade projektet medel": the payer named before its grant.
FUNDER_THAT_GRANTS_RE = re.compile(rf"{ORG},?\s+som\s+(?:också\s+)?(?:(?:har\s+)?(?:beviljat|beviljade|beviljar|"
                                   r"finansierar|finansierade|medfinansierar|delfinansierar)\b|"
                                   r"(?:bidrar|bidrog|går in|gick in)\s+med\s+(?=(?:drygt\s+|cirka\s+)?\d))")
# "Granby kommun avsätter 850 tkr till projektet X": the subject pays, though it may run the project too.
SETS_ASIDE_RE = re.compile(rf"^{ORG}\s+(?:avsätter|avsatte|anslår|anslog|satsar|satsade|investerar|investerade)\s+(?:drygt\s+|cirka\s+|närmare\s+)?"
                           r"\d[^.;]{0,40}?\b(?:till|på|i)\s+(?:det nya\s+)?(?:projektet|förstudien|satsningen)\b")
# "Mora kommun och Region Dalarna satsar tillsammans 2,2 miljoner kronor på projektet": two payers, one sum (or a
# share of the costs).
JOINT_PAYERS_RE = re.compile(rf"^{ORG.replace('(?P<org>', '(?P<a>')}\s+och\s+{ORG.replace('(?P<org>', '(?P<b>')}\s+"
                             r"(?:(?:delar på kostnaden och\s+)?(?:satsar|satsade|investerar|investerade|går in med|gick in med|"
                             r"bidrar med|bidrog med|betalar|betalade)\s+"
                             r"(?:tillsammans\s+|gemensamt\s+)?(?:drygt\s+|cirka\s+|närmare\s+|ytterligare\s+)?\d|"
                             # "A och B bidrar tillsammans med ytterligare 12 miljoner kronor"
                             r"(?:bidrar|bidrog|går in|gick in)\s+(?:tillsammans|gemensamt)\s+med\s+"
                             r"(?:drygt\s+|cirka\s+|närmare\s+|ytterligare\s+)?\d|"
                             # "A och B står för den nationella medfinansieringen": a share, no sum
                             r"(?:står|stod)\s+(?:tillsammans\s+|gemensamt\s+)?för\s+(?:[a-zåäö]+\s+){0,2}?"
                             r"(?:finansieringen|medfinansieringen|motfinansieringen|kostnaderna|resten)\b)")
# "Dessutom bidrar Region Y med en halv miljon kronor": after an adverb, the payer follows its verb.
CONTRIBUTES_AFTER_ADVERB_RE = re.compile(rf"^(?:Dessutom|Även|Också|Samtidigt|Därtill|Vidare|Utöver det)\s+(?:bidrar|bidrog|"
                                         rf"går|gick|skjuter|sköt)\s+(?:också\s+|även\s+)?{ORG}\s+(?:in\s+|till\s+)?med\b")
# "Av den betalar Europeiska X-fonden 221 000 kronor och kommunen resten": the payer after its verb.
PAYS_AFTER_VERB_RE = re.compile(rf"^(?:Av\s+(?:den|dem|det|dessa|summan|budgeten|kostnaden|beloppet)\s+)?(?:betalar|betalade|"
                                rf"bekostar)\s+{ORG}\s+(?:drygt\s+|cirka\s+|närmare\s+)?\d")
# "Projektet får 1,1 miljoner kronor och Region X går in med ytterligare 300 000 kronor": a payer after "och".
CONTRIBUTES_AFTER_AND_RE = re.compile(rf"(?:,\s*|\s(?:och|samt)\s+){ORG}\s+(?:bidrar|bidrog|går in|gick in|skjuter till|"
                                      r"sköt till)\s+(?:också\s+|även\s+)?med\s+(?:drygt\s+|cirka\s+|närmare\s+|"
                                      r"ytterligare\s+)?\d")
# "X går in med 5 miljoner kronor och Region Y med 800 000 kronor": a second payer, its verb left out.
AND_ALSO_WITH_RE = re.compile(rf"\s(?:och|samt)\s+{ORG}\s+(?:med|för)\s+(?:drygt\s+|cirka\s+|närmare\s+)?\d")  # ("A står för N
# och B för M")
# "Beviljat från Europeiska regionala utvecklingsfonden 9,2 miljoner kronor": a money label with its payer, run
# into its figure.
GRANTED_FROM_FIRST_RE = re.compile(rf"^(?:[Bb]eviljat|[Bb]eviljade medel|[Bb]eviljat stöd|[Ss]töd|[Bb]idrag)\s+(?:från|ur)\s+"
                                   rf"{ORG}\s+(?:drygt\s+|cirka\s+)?\d")
GRANTED_BY_AFTER_AMOUNT_RE = re.compile(rf"^,?\s+(?:av|by)\s+(?:the\s+)?(?:EU(?:'s|’s)\s+)?{ORG}")  # "... beviljats 640 000
# kronor av Region X", "... awarded EUR 1.2 million by the EU's LIFE programme"
# "Region Halland bidrar med 1,2 miljoner kronor": the subject pays its part.
CONTRIBUTES_RE = re.compile(rf"^{ORG}\s+(?:(?:bidrar|bidrog|går in|gick in|skjuter till|sköt till|medfinansierar|"
                            r"medfinansierade|delfinansierar|finansierar|finansierade)\s+(?:också\s+|även\s+)?"
                            r"(?:med\s+)?(?:(?:drygt\s+|cirka\s+|närmare\s+|ytterligare\s+)?\d|lika mycket\b|samma (?:summa|belopp)\b)|"
                            r"(?:står|stod)\s+(?:också\s+|även\s+|själv\s+|själva\s+)?för\s+(?:(?:drygt\s+|cirka\s+|närmare\s+)?\d|"
                            r"(?:[a-zåäö]+\s+){0,3}?"  # "står för merparten av", "står för 500 000 kronor"
                            r"(?:finansieringen|medfinansieringen|motfinansieringen|kostnaderna|kostnaden|budgeten|"
                            r"pengarna)\b))")
# "251 870 SEK beviljat projektstöd från Leader X": the payer after the amount, a few words on.
FUNDER_AFTER_AMOUNT_RE = re.compile(rf"^,?\s*(?:i stöd\s+|i bidrag\s+|(?:[a-zåäö-]+\s+){{1,3}}?)?(?:från|ur|via|from|fra)\s+(?:the\s+)?"
                                    rf"(?:EU(?::s|'s|’s)\s+(?:[a-zåäö]*program(?:met)?\s+)?)?{ORG}")
GRANT_CONTEXT_RE = re.compile(r"\bmed(?=\s+(?:drygt\s+|cirka\s+)?\d[^.;]{0,40}?\s(?:från|ur)\s)|"  # "med N kr från X"
                              r"^Det\s+(?:handlar|rör sig)\s+om\s+(?=(?:drygt\s+|cirka\s+|nästan\s+)?\d)|"  # the grant's sum
                              r"\bkommer\s+(?=(?:drygt\s+|cirka\s+)?\d[^.;]{0,30}?\s+från\s)|"  # "Av dem kommer N från X"
                              r"^(?=(?:drygt\s+|cirka\s+)?\d[^.;]{0,40}?\s(?:kronor|kr|euro)\s+till\s+[A-ZÅÄÖ])|"  # "N kr till X"
                              r"\b(förorda\w*|prioritera\w*|tilldela\w*|bevilja\w*|får|fått|fick|erhåll\w*|finansier\w*|budget\w*|"
                              r"med hjälp av|(?:står|stod)(?: själv| själva| också| även)? för|"
                              r"(?:ta|tar|tas|togs|tagit)\s+i\s+anspråk|"  # "att ta i anspråk N kronor ur anslaget för"
                              r"betalar(?=\s+[A-ZÅÄÖa-zåäö][^.;]{1,60}?\s+(?:drygt\s+|cirka\s+)?\d)|"  # "betalar X N kronor"
                              r"(?:står|stod)\s+[A-ZÅÄÖ][^.;]{1,60}?\s+för(?=\s+(?:drygt\s+|cirka\s+)?\d)|"  # ("står X för N")
                              r"\w*budsjett\w*|fået|bevilget|bevilges|tildelt|støttes|støttet|innvilget|innvilger|innvilges|"  # Danish
                              # and Norwegian
                              r"received|receives|gets|got|obtains|awarded|granted|funding|funded|financed|supports|supported|provides|contributes|"
                              r"total (?:investment|cost|budget)s?|"  # "The total investment is SEK 19 million"
                              r"bidrar med|bidrog med|bidrar|bidrog|går in med|gick in med|skjuter till|uppgår|uppgick|"
                              r"går till|gick till|går(?= (?:drygt |cirka |närmare )?\d)|gick(?= (?:drygt |cirka )?\d)|"
                              r"kommer(?! att)|kom(?= \d)|"
                              r"stöd\w*|stöttar|stöttade|bidrag\w*|medfinansier\w*|anslag\w*|satsar|satsning|omslut\w*|kostar|"
                              r"beräknas kosta|tar emot|tog emot|tagit emot|delar på|delade på|"
                              r"prislapp\w*|notan|kostnaden\s+(?:landar|hamnar|blir|beräknas)|"  # "notan landar på N": its cost
                              r"share is|share amounts to|andel är|andel uppgår till|"  # ("X's share is EUR N")
                              r"att ge|ger|gav|anslår|anslog|att anslå|avsätter|avsatte|att avsätta|investerar|investerade|"
                              # "Kommunen lägger själv 1,6 miljoner kronor": its own part
                              r"lägger(?=\s+(?:själv\s+|själva\s+|också\s+|även\s+)?(?:in\s+)?(?:drygt\s+|cirka\s+)?\d)|"
                              r"total kostnad|totala kostnad\w*|kostnaden|varav|investeringen)\b",  # ("Totalt beräknas
                              # investeringen till N kronor": the project's whole cost)
                              re.IGNORECASE)
# What a final report says was spent or paid out: an outcome, not the project's funding.
SPENT_RE = re.compile(r"\b(uppgick|uppgått|kostade|förbrukade|förbrukades|upparbetades|upparbetade|utbetalades|"
                      r"betalades ut|har betalats ut|betala ut|betalar ut|betalas ut|slutkostnad\w*|utfallet|faktiska kostnader\w*|"
                      r"(?:kostnad|budget)\w*\s+blev)\b", re.IGNORECASE)  # ("Projektets totala kostnad blev N kronor")
# A start or an end stated by its verb: "startar i augusti 2025", "avslutades den 31 mars 2012".
START_VERB_RE = re.compile(r"\b(?:startar|startade|startades|startas|(?:ska|skall|kommer att|och)\s+starta|inleds|inleddes|påbörjas|påbörjades|drar igång|"
                           r"drog igång|drogs igång|kom igång|kommer igång|sjösätts|sjösattes|började|börjar|"
                           r"pågår sedan|har pågått sedan|\w*start(?:en)? (?:är|var|sker|skedde|blir)(?: planerad| beräknad)?(?: till)?|"
                           r"(?<=[Ss]edan )(?:projekt)?starten|"  # "Sedan starten 2025 har ..."
                           r"(?:pågå|pågår|löpa|löper)\s+(?:i\s+\w+\s+(?:år|månader)\s+)?från och med|"
                           r"(?:pågå|pågår|löpa|löper)\s+i\s+\w+\s+(?:år|månader)\s+från|"  # "pågår i fyra år från mars 2027"
                           r"(?<=[Pp]engarna ska )räcka\s+i\s+\w+\s+(?:år|månader),?\s+från|"  # (the grant's years, from then)
                           r"starts|started|will start|begins|began|will begin|was launched|is launched|starting|"
                           r"(?<=projects )start|(?<=projects will )start)"
                           r"(?:\s+(?:den|i|under|vid|år|redan|upp|först|officiellt|in|on))*\s+", re.IGNORECASE)
END_VERB_RE = re.compile(r"\b(?:avslutas|avslutades|slutar|slutade|upphör|upphörde|löper ut|ends in|ends on|ended in|"
                         r"will end in|will end on|runs until|ran until|lasts until|"
                         r"(?:pågår|pågå|pågick|löper|löpa|varar|fortsätter|drivs|förlängs|förlängdes|förlängts)\s+"
                         r"(?:(?:arbetet|projektet|satsningen|insatsen)\s+)?(?:nu\s+|även\s+|också\s+)?(?:i\s+\w+\s+(?:år|månader),?\s+)?"
                         r"(?:fram till och med|till och med|fram till|till|"  # ("pågår i tre år, till december 2029")
                         r"t\.\s?o\.\s?m\.?)|ska (?:vara|tas) i drift|ska vara (?:klar|klart|klara|avslutad|avslutat|avslutade|slutför(?:da|d|t)|genomför(?:da|d|t)(?!\s+under\s+(?:år\s+)?(?:19|20)\d{2}\b)|färdig|"
                         r"färdigt|färdiga)|"
                         r"beräknas (?:vara klart|avslutas|slutföras))(?:\s+(?:vid utgången av|i slutet av|vid årsskiftet|"
                         r"the end of|the close of|"
                         r"den|i|under|vid|år|senast|innan|före))*\s+", re.IGNORECASE)  # (the longer phrases first: the date comes after them)
PROJECT_SUBJECT_RE = re.compile(r"^den\s+(?=pågår|pågick|startar|startade|avslutas|avslutades|löper)|"
                                r",\s+som\s+(?:ska\s+|skall\s+)?(?=pågå|pågick|startar|startade|avslutas|avslutades|löper)|\b(projekt\w*|prosjekt\w*|projects?|förstudie\w*|satsning\w*|pilot\w*|insats\w*|initiativ\w*|"
                                r"arbetet|verksamheten|utbildning\w*|programmet|byggstart\w*|bygget|byggnationen|testerna|"
                                r"grävningen|utbyggnaden|ombyggnaden|tillbyggnaden|renoveringen|restaureringen|upprustningen|åtgärderna|"
                                r"försöken|studien|stödet|bidraget|det|it|pengarna(?= ska räcka))\b|^sedan (?:projekt)?starten\b|"
                                r"^stödberättigande\s+(?:kostnader|utgifter)\b",  # a decision's costs allowed from ... to ...
                                re.IGNORECASE)
# A verb that says the project runs over a period: the period in the sentence is the project's.
RUNS_VERB_RE = re.compile(r"\b(pågår|pågick|pågått|löper|løber|løper|löpte|genomförs|genomfördes|ska genomföras|kommer att genomföras|sträcker sig|planeras pågå|"
                          r"kommer att pågå|beräknas pågå|avses pågå|ska pågå|skal pågå|vil pågå|skal løbe|skal løpe|varar|varer|drivs|drevs|runs?|ran|will run|is running|lasts|for the period|under perioden|"
                          r"för perioden|under åren|projektperioden är|projekttiden är|per år under|om året under|årligen under|"
                          r"between(?=\s+(?:19|20)\d{2}\s+and\b)|mellan(?=\s+(?:19|20)\d{2}\s+och\b)|"
                          # "Stödet får användas för kostnader mellan 2034-01-01 och 2035-12-31": the grant's period
                          r"(?:kostnader|utgifter)\s+(?:som\s+uppstår\s+|får\s+uppstå\s+|får\s+uppkomma\s+)?(?:mellan|från\s+och\s+med|från)"
                          r"(?=\s+(?:19|20)\d{2}-\d{2}-\d{2}\s+(?:och|till|–|-)\s)|"
                          r"ska under(?=\s+(?:åren\s+)?(?:19|20)\d{2}\s*(?:och|till|–|-)\s*(?:19|20)\d{2}\s+[a-zåäö])|"
                          # "X har under 2035–2036 drivit projektet Y": the years it ran, before the verb
                          r"har\s+under(?=\s+(?:åren\s+)?(?:19|20)\d{2}\s*(?:och|till|–|-)\s*(?:19|20)\d{2}\s+(?:drivit|"
                          r"bedrivit|genomfört|lett)\s+(?:projektet|förstudien|satsningen)\b)|"
                          # "X driver projektet tillsammans med Y under 2027–2028", "Vi driver projektet 2027–2028"
                          r"(?:driver|bedriver|genomför)(?=\s+(?:projektet|förstudien|satsningen)\b(?:[^.;]{0,80}\bunder\s+"
                          r"(?:åren\s+)?(?:19|20)\d{2}|\s+(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}\b)))\b", re.IGNORECASE)
WITH_START_RE = re.compile(r"\bmed (?:projekt)?start\s+(?:i|den|under|år)?\s*(?P<rest>.{4,30})", re.IGNORECASE)
PERIOD_RULES: list[tuple[str, re.Pattern]] = [
    ("prose.period.pagar", re.compile(r"\b(?:projektet|förstudien|satsningen|piloten|pilotprojektet|förprojektet|"
                                      r"projekttiden|arbetet|insatsen)\s+(?:pågår|löper|håller på|sträcker sig|genomförs|görs|utförs|"
                                      r"är|var|pågick|startar|startade|inleds|inleddes|påbörjades|påbörjas|"
                                      r"avslutas|avslutades|slutar|(?:avses|planeras|beräknas|kommer att|ska|skall) "
                                      r"(?:pågå|genomföras|löpa))"
                                      r"\b(?P<rest>.*)$",
                                      re.IGNORECASE)),
    ("prose.period.och_pagar", re.compile(r"^(?:Projektet|Förstudien|Satsningen|Försöket|Piloten),?\s+[^.;]{2,160}?\s+och\s+"
                                         r"(?:pågår|löper)"
                                         r"\b(?P<rest>.*)$")),  # "Projektet ska bygga om ridhuset ... och pågår 2036."
    ("prose.period.vi_haller_pa", re.compile(r"^(?:[–-]\s*)?Vi\s+håller\s+på\b(?P<rest>.*)$")),  # an interview's "Vi
    # håller på till och med 2037": the project's people say how long it runs
    ("prose.period.som_pagar", re.compile(r"\b(?:projektet|förstudien|satsningen)\s+[^,.;]{2,80},\s+som\s+"
                                         r"(?:pågår|genomförs|görs|löper)\b(?P<rest>.*)$", re.IGNORECASE)),
    # "... för projektet X, som genomförs i juli 2037": the named project's period, in its relative clause
    ("prose.period.in_brackets", re.compile(r"\b(?:projektet|förstudien|satsningen|insatsen)\s*\((?P<rest>(?:19|20)\d{2}"
                                            r"(?:-\d{2}(?:-\d{2})?)?\s*[–—-]\s*(?:19|20)\d{2}(?:-\d{2}(?:-\d{2})?)?)\)",
                                            re.IGNORECASE)),  # "Det treåriga projektet (2029–2031) ska ..."
    ("prose.period.label_inline", re.compile(r"\b(?:projekttid|projektperiod|genomförandeperiod|projekttiden|"
                                             rf"projektperioden)\s*:?\s+(?P<rest>(?:\d|{MONTH_PATTERN}).*)$",
                                             re.IGNORECASE)),
    ("prose.period.perioden_ar", re.compile(r"\b(?:projekt|förstudie|genomförande)?(?:perioden|tiden)\s+(?:är|var|blir)"
                                            r"\b(?P<rest>.*)$", re.IGNORECASE)),
    ("prose.period.under_perioden", re.compile(r"\b(?:under|avser|för|gäller|omfattar) (?:projekt)?(?:perioden|tiden)\b"
                                               r"(?P<rest>.*)$", re.IGNORECASE)),
]
# A case number stated in running text or a title: "Dnr RF/212/2010", "ärende-id 20200437", "(LBU 12)".
CASE_IN_TEXT_RE = re.compile(r"\b(?:dnr|diarienr|diarienummer|ärende-?id|ärendenummer|projektnummer|journalnummer|jnr|journalnr|"
                             r"saksnummer|saksnr|"  # (Norwegian)
                             r"beslutsnummer)\s*(?:\([^)]{1,20}\))?[:.]?\s*(?P<case>[A-ZÅÄÖ]{0,5}[\s/-]?\d[\w/.:-]*\w)",
                             re.IGNORECASE)
# "... för projektet X. (RUN 2031/88)": a case number in brackets closing an entry.
BRACKETED_CASE_RE = re.compile(r"(?:^|\s)\((?P<case>[A-ZÅÄÖ]{2,6}[\s-]?\d{2,4}[/-]\d{1,6})\)\.?$")
CASE_IN_TITLE_RE = re.compile(r"\((?P<case>[A-ZÅÄÖ]{2,5}\s?\d{1,5})\)\s*$")
# "För mer information kontakta Lisa Nord, näringslivsstrateg, lisa.nord(at)solleftea.se."
CONTACT_PROSE_RE = re.compile(r"\b(?:kontakta|kontaktperson(?:en)? är|kontakt:|frågor besvaras av|mer information "
                              r"lämnas av|vänd dig till|hör (?:gärna )?av dig till|ring|mejla|maila)\s+"
                              r"(?:(?:[a-zåäö]+s\s+)?(?:ordförande|projektledare(?:n)?|"
                              r"samordnare(?:n)?|verksamhetsledare(?:n)?|koordinator(?:n)?)\s+)?"  # "föreningens ordförande X"
                              r"(?P<person>[A-ZÅÄÖ][^,.;:()]{2,60}(?:,[^,.;:()@]{2,80})?)",
                              re.IGNORECASE)


def clean_org(name: str) -> str:
    """Trim words that ran on past an organisation name."""
    name = re.sub(r"\s+(och|i|för|på|av|med|samt)$", "", name.strip(" ,.;:"))
    return name.strip(" ,.;:")


def org_at(text: str, start: int, matched: str) -> str:
    """The organisation named at `start`: the longest known name there, else the words up to where
    the sentence goes on, else the matched words, trimmed."""
    from extractors.orgs import org_run

    return with_area_tail(text, start, org_run(text, start) or clean_org(matched))


# "Leader Bohuskust och gränsbygd": a Leader area's name may go on in lower case after "och", and in capitals
# where the sentence ends with it ("... via Leader Berg och Dal.").
AREA_TAIL_RE = re.compile(r"(?:,\s+(?:skog|fjäll|sjö|kust|hav|älv|dal|bygd|slätt)\w*)?"  # ("Leader Sjö, skog och fjäll")
                          r"\s+och\s+(?:[a-zåäö]+(?=[.,;]|\s+(?:för|till|med|i)\b|$)|[A-ZÅÄÖ][a-zåäö]+(?=[.;]?$))")


# "Interreg North Sea Programme": a programme's name as written goes on with the word for what it is.
PROGRAMME_TAIL_RE = re.compile(r"\s+(?:Programme|Program)\b")


def with_area_tail(text: str, start: int, name: str) -> str:
    tail = AREA_TAIL_RE.match(text, start + len(name)) if name.startswith("Leader ") else \
        PROGRAMME_TAIL_RE.match(text, start + len(name)) if name.startswith("Interreg ") else None
    return name + tail.group(0) if tail else name


AMOUNT_AFTER_ORG_RE = re.compile(r"\s+(?:med\s+)?\d[\d  .,]*\s*(?:kr|kronor|sek|euro|eur|€|mkr|tkr|mnkr|msek|meur|tusen kronor|"
                                 r"miljoner kronor|miljoner euro|miljoner|procent|%)(?:\b|(?<=%))\.?", re.IGNORECASE)
# ("... av EJFLU med 43 procent och av svenska staten med 57 procent": a payer's share goes with its name)


def _name_at(text: str, pos: int) -> str | None:
    """The fund or organisation named at `pos`; "Leader Småland Sydost", "Leader Bohuskust och gränsbygd": an
    area's name runs on past the known word "Leader", a programme's past "Interreg" ("Interreg Södra Östersjön")."""
    from extractors.orgs import STATE_RE, fund_at, org_run

    state = STATE_RE.match(text, pos)
    if state:
        return state.group(0)  # "och norska staten"
    fund, run = fund_at(text, pos), org_run(text, pos)
    name = run if fund and run and fund.casefold() in ("leader", "interreg") and len(run) > len(fund) else fund or run
    return with_area_tail(text, pos, name) if name else None


def org_sequence(text: str, pos: int) -> list[tuple[str, int]]:
    """The organisations named one after another from `pos`: "A, B och C" gives A, B and C
    with their offsets; it stops where the sentence goes on about something else. A country
    in brackets after a name ("Gdynia (Polen)") is skipped."""
    from extractors.orgs import is_eu_fund

    out: list[tuple[str, int]] = []
    lead = re.match(r"(?:EU-|EU:s\s+)?[a-zåäö]*program(?:met)?\s+(?=[A-ZÅÄÖ])", text[pos:])
    if lead:  # "finansieras av programmet Europa för medborgarna"
        pos += lead.end()
    while pos < len(text):
        name = _name_at(text, pos)
        if not name:
            break
        out.append((name, pos))
        after = pos + len(name)
        if unit := re.match(r"s\s+[a-zåäö]{4,}(?=\s*(?:,|och\s|samt\s|\.|$))", text[after:]):
            after += unit.end()  # "Region Xs rehabiliteringsenhet och ...": the organisation's unit
        elif text.startswith("s", after) and not text[after + 1: after + 2].isalnum():
            after += 1  # "Härnösands, Ånge och ...": the genitive's s that org_run left off
        via = re.match(r"\s+(?:genom|via)\s+", text[after:])
        if via:  # "fonden genom Tillväxtverket": the authority that pays the fund out is no funder of its own,
            agent = _name_at(text, after + via.end())
            if agent and is_eu_fund(agent):  # but "fonden genom Interreg Sverige-Norge" names the programme too
                out.append((agent, after + via.end()))
            if agent:
                after += via.end() + len(agent)
        amount = AMOUNT_AFTER_ORG_RE.match(text[after:])
        if amount:  # "Region X 450 000 kr, Y kommun 425 000 kr": a financing plan in a sentence
            after += amount.end()
        bracket = re.match(r"\s*\([^)]{1,40}\)", text[after:])
        if bracket and not name.endswith(")"):
            after += bracket.end()
            if not amount and (amount := AMOUNT_AFTER_ORG_RE.match(text[after:])):
                after += amount.end()  # "fonden (EJFLU) med 43 procent och ...": the share after the acronym
        place = re.match(r"\s+(?:i|in)\s+[A-ZÅÄÖ][\wåäöøæ-]+(?=\s*(?:,|och|samt|and|og|$|\.))", text[after:])
        if place:  # "Sámi allaskuvla i Kautokeino och ...", "X in Norway and Y": the place is not part of the list
            after += place.end()
        sep = re.match(rf"\s*(?:,|och|samt|&|,\s*och|and|,\s*and|og)\s+(?:(?:{PAYER_SHARE})?(?:från|av|ur|med)\s+)?(?:the\s+)?"
                       r"(?:[a-zåäö-]*(?:bolaget|företaget|koncernen|tillverkaren|leverantören|producenten)\s+|"  # "och gruvbolaget Boliden"
                       # "and the recycling company X", "and the heat pump maker X", "and the Danish firm X"
                       r"(?:(?:[a-z'’-]+|[A-Z][a-z]+(?:ish|ian|ese|ch|an|ic))\s+){0,2}"
                       r"(?:company|firm|group|association|foundation|maker|manufacturer|supplier|producer)\s+)?"
                       r"(?=[A-ZÅÄÖÉØÆ]|(?:svenska|norska|finska|danska)\s+statens?\b)",
                       text[after:])
        if not sep or re.match(r"[^\s,.;]+['’]s\b", text[after + sep.end():]):
            break  # ("X, the EU's programme for ...": what X is, in apposition)
        pos = after + sep.end()
    return each_of_plural(text, out)


def each_of_plural(text: str, orgs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"Sorsele och Lycksele kommuner": each is a kommun (the plural said once, after the last)."""
    from extractors.orgs import split_org_list

    if not orgs or not re.search(r"\s(kommuner|kommunerna|regioner|regionerna)$", orgs[-1][0]):
        return orgs
    first, last = orgs[0][1], orgs[-1][1] + len(orgs[-1][0])
    return [(n, max(text.find(n.split()[0], first), first)) for n in split_org_list(text[first:last])]


# A plural noun in the definite form that opens a sentence before the names it sums up.
PLURAL_LEAD_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]*(?:arna|erna|orna|företagen|bolagen)\s+(?=[A-ZÅÄÖ])")


def org_sequence_before(text: str, end: int) -> list[tuple[str, int]]:
    """The organisations named one after another and ending at `end` ("där A och B är partner")."""
    from extractors.orgs import BRANCHED, gazetteer, org_before

    out: list[tuple[str, int]] = []
    while end > 0:
        found = org_before(text, end)
        if not found:
            break
        name, start = found
        branch = BRANCH_BEFORE_RE.search(text[:start])
        place = name.split()[0]
        if branch and (gazetteer().is_place(place) or gazetteer().is_municipality(place)) \
                and (info := gazetteer().lookup(branch.group("org"))) is not None and info.kind in BRANCHED:
            name, start = text[branch.start("org"):start + len(name)], branch.start("org")  # "Svenska kyrkan i Bollnäs"
        sep = re.search(r"(?:,|\boch|\bsamt|\band|\bog|&)(?:\s+the)?\s*$", text[:start])  # ("og": Danish, Norwegian;
        # "A and the B")
        lead = PLURAL_LEAD_RE.match(name) if not sep else None  # (after "och", capitals make it a name: "A och
        if lead and gazetteer().lookup(lead.group(0).strip()) is None:  # Byggföretagen Mitt")
            # "Medlemsföretagen A AB, B AB och C": the sentence opens with what they are ("Företagarna X" is a name)
            name, start = name[lead.end():], start + lead.end()
        out.insert(0, (name, start))
        if not sep:
            break
        end = sep.start()
    return out


BRANCH_BEFORE_RE = re.compile(r"(?P<org>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäö-]+){0,2})\s+i\s+$")  # "Svenska kyrkan i " + place


# Who takes part, stated in a sentence: (rule, pattern, side). "after": the list of organisations starts
# where the pattern ends; "before": it ends where the pattern starts.
PARTNER_CUES: list[tuple[str, re.Pattern, str]] = [
    ("prose.partners.ovriga_ar", re.compile(r"\b(?:[Dd]e\s+)?(?:övriga|deltagande|medverkande)\s+(?:kommunerna|kommuner|"
                                            r"regionerna|parterna|organisationerna)\s+(?:är|var)\s+(?=[A-ZÅÄÖ])"),
     "after"),  # "De övriga kommunerna är Bollnäs, Ljusdal och Söderhamn"
    ("prose.partners.ar_de_kommuner", re.compile(r"\s+(?:är|var)\s+(?:de|the)\s+(?:kommuner|regioner)\s+som\s+(?:också\s+|även\s+)?"
                                                 r"(?:deltar|medverkar|ingår|är med|deltog|medverkade)\b"),
     "before"),  # "Avesta, Hedemora och Säter är de kommuner som deltar": each is a kommun
    ("prose.partners.hjalper_till", re.compile(r"\s+(?:hjälper|hjälpte)\s+(?:också\s+|även\s+)?till\s+med\s+(?![^.;]*\d)"),
     "before"),  # "Studieförbundet X hjälper till med kurser": it takes part (with no sum: "... med 50 000 kr" pays)
    ("prose.partners.er_partner", re.compile(r"\s+(?:er|är)\s+(?:svensk|norsk|dansk|finsk|finländsk)\s+partner\b"),
     "before"),  # "..., og X er svensk partner", "Y är norsk partner"
    ("prose.partners.ar_x_partner", re.compile(r"(?<=,)\s+är\s+(?=[A-ZÅÄÖ][^.;,]{2,60}?\s+(?:också\s+|även\s+)?"
                                               r"(?:partner|samverkanspart|medsökande)\b)"),
     "after"),  # "I projektet X, som leds av Y, är Åby kommun partner": the subject after its verb
    ("prose.partners.samarbetar_x_med", re.compile(r"\b(?:samarbetar|samverkar)\s+(?=[A-ZÅÄÖÉ][^.;]{0,60}?\s+med\s)"),
     "after"),  # "I projektet X samarbetar A med B": A takes part too
    ("prose.partners.samverkar_med", re.compile(r"\b(?:samverkar|samarbetar|samverkade|samarbetade)\s+(?:[\w-]+\s+){0,4}?"
                                                r"med\s+(?:[a-zåäö]+(?:arna|erna|orna)\s+och\s+)?" + CAP), "after"),
    # ("samarbetar med skolorna och Åby Folkhögskola": those named after the ones meant by their kind)
    ("prose.partners.i_samverkan_med", re.compile(r"\b(?:i (?:nära |tät |bred |god )?samverkan|i (?:nära |tätt )?samarbete|"
                                                  r"(?:är|blir|var) ett (?:nära )?(?:samarbete|samarbetsprojekt|samverkansprojekt)|"
                                                  r"^(?:Samarbetet|Samverkan|Arbetet)\s+(?:sker|görs)(?=\s+med\s)|^(?:Samarbete|Samverkan|Ett samarbete|En samverkan)(?=\s+med\s)(?![^.;]*\s(?:är|ska|har|blir|kring)\s)|"
                                                  r"[Tt]illsammans|i partnerskap|samman|ihop)\s+med\s+"
                                                  # "med elever, lärare och X": the people first, then the organisation
                                                  r"(?:[a-zåäö]{4,}(?:,\s+[a-zåäö]{4,}){0,2}\s+och\s+(?=[A-ZÅÄÖ]))?"
                                                  r"(?:bland annat\s+)?(?:(?:forskare|experter|lärare|studenter|personal|"
                                                  r"medarbetare)\s+(?:från|vid|på)\s+|"
                                                  # "med fritidsgårdarna i A kommun och B kommun": those of each place
                                                  r"[a-zåäö]{4,}(?:arna|erna|orna)\s+i\s+(?=[A-ZÅÄÖ][^.;]{1,40}?\s(?:kommun|kommuner|län)\b))?"
                                                  # "med det kommunala bostadsbolaget X": what kind it is, then the name
                                                  r"(?:(?:det|den)\s+(?:[a-zåäö]+\s+){0,2}?[a-zåäö]*(?:bolaget|företaget|"
                                                  r"föreningen|stiftelsen|förbundet)\s+)?" + CAP + r"|\b(?:[Tt]ogether|(?:in|a) (?:close )?(?:cooperation|collaboration|"
                                                  r"partnership)) with\s+(?:the\s+)?" + CAP),
     "after"),
    ("prose.partners.utgors_av", re.compile(r"\b(?i:samverkansparterna|partnerna|parterna|projektpartnerna|"
                                            r"samarbetsparterna)\s+(?:utgörs av|består av|är)\s+" + CAP), "after"),
    ("prose.partners.mellan", re.compile(r"\b(?i:samarbete|samverkan|samverkansprojekt|samarbetsprojekt|partnerskap|"
                                         r"\w*plattform)\s+(?:[^.;:]{0,60}?\s)?mellan\s+(?:[a-zåäö]+\s+){0,3}?" + CAP),
     "after"),  # "ett samverkansprojekt mellan förbundets medlemmar A, B och C"
    ("prose.partners.med_hjalp_ska", re.compile(r"^Med (?:hjälp|stöd) av\b[^.;]{0,100}?\s(?:ska|skall|kommer|kan)\s+"
                                                r"(?:nu\s+)?[A-ZÅÄÖ][^.;,]{1,60}?\s+och\s+" + CAP),
     "after"),  # "... ska RISE och Volvo Cars utveckla ...": the second one takes part
    ("prose.partners.bakom_ocksa", re.compile(r"\b[Bb]akom\s+(?:projektet|satsningen|förstudien|initiativet)\s+"
                                              r"(?:står|stod)\s+(?:också|även)\s+" + CAP), "after"),
    # "Bakom projektet står också A och B": beside the owner named before, they take part
    ("prose.partners.deltar", re.compile(r"\b(?:deltar|medverkar|ingår|samarbetar|samverkar)\s+(?:också\s+|även\s+)?"
                                         r"(?:bland (?:andra|annat)\s+|bl\.\s?a\.\s+|exempelvis\s+|till exempel\s+)?"
                                         + CAP), "after"),  # ("deltar bland andra A, B och C")
    ("prose.partners.partner_kolon", re.compile(r"\b(?:har|med|brings together|has|involves|with)\s+(?:\w+\s+)?"
                                               r"(?:partner|partners|samverkansparter)\b[^.:]{0,60}:\s+(?:the\s+)?" + CAP),
     "after"),
    ("prose.partners.med_partnere", re.compile(r"\b(?:med|og)\s+(?:partnere|partnerne|samarbejdspartnere|samarbeidspartnere)"
                                               r"\s+(?:fra|som|i)\s+" + CAP + r"|\bi\s+samarbe(?:j|i)de?\s+med\s+" + CAP),
     "after"),  # Danish and Norwegian: "ledes af X med partnere fra A og B", "i samarbejde med A"
    ("prose.partners.with_as_partners", re.compile(r"\bwith\s+(?:the\s+)?(?=[A-ZÅÄÖØ][^.;]{2,120}?\s+as\s+(?:its\s+)?"
                                                  r"(?:project\s+)?partners\b)"),
     "after"),  # "X leads the project, with A and B as partners"
    ("prose.partners.label_inline", re.compile(r"(?<!\blead )(?<!\bLead )\b(?i:samarbetspartners?|samverkansparter|samverkanspartners?|"
                                               r"projektpartners?|partners?)\s*:\s+" + CAP), "after"),
    ("prose.partners.deltar_i", re.compile(r"\s+(?:också\s+|även\s+)?(?:deltar|deltog|har deltagit|sitter|satt|har suttit|"
                                          r"ingår|ingick)\s+(?:också\s+|även\s+)?i\s+"
                                          r"(?:[\w-]*projektet|[\w-]*prosjektet|förstudien|satsningen|samarbetet|"
                                          # "... sitter i förstudiens styrgrupp": it steers the project
                                          r"(?:projektets|förstudiens|satsningens)\s+(?:styrgrupp|referensgrupp|"
                                          r"arbetsgrupp|partnerskap))\b"), "before"),  # ("i EU-projektet X")
    # "... att Exempelby kommun deltar i projektet X": it takes part
    ("prose.partners.gors_av", re.compile(r"\b(?:[Aa]rbetet|[Uu]tbyggnaden|[Gg]enomförandet|[Bb]ygget|[Uu]tbildningen|"
                                         r"[Uu]tbildningarna|[Ii]nsatserna|[Aa]ktiviteterna|[Kk]urserna)\s+(?:görs|utförs|genomförs|sker|"
                                         r"(?:har|hade)\s+(?:genomförts|utförts|gjorts|skett))\s+"
                                         r"(?:av|i regi av)\s+"
                                         r"(?:[a-zåäö]+\s+){0,2}?" + CAP), "after"),
    # "Utbyggnaden görs av kommunens bolag X": it does the project's work
    ("prose.partners.med_pa_resan", re.compile(r"^Med\s+(?:på resan|i projektet|i arbetet|i satsningen|i samarbetet)\s+"
                                               r"(?:finns|är)\s+(?:också\s+|även\s+)?" + CAP), "after"),
    # "Med på resan finns A och B": they take part
    ("prose.partners.bland_partnerna", re.compile(r"^Bland\s+(?:partnerna|parterna|projektpartnerna|samarbetspartnerna|"
                                                  r"deltagarna|de deltagande organisationerna)\s+(?:finns|märks|är)\s+"
                                                  r"(?:också\s+|även\s+)?" + CAP), "after"),  # "Bland partnerna finns A och B"
    ("prose.partners.deltar_ocksa", re.compile(r"\s+(?:deltar|medverkar|är med)\s+(?:också|även)(?=\s*[.;!]|\s+i\s)"),
     "before"),  # "Arjeplogs och Sorsele kommuner deltar också."
    ("prose.partners.genomfors_av", re.compile(r"\b(?:ägs|leds|drivs)\s+av\s+[A-ZÅÄÖ][^.;]{1,80}?\s+och\s+"
                                              r"(?:genomförs|utförs)\s+av\s+" + CAP), "after"),
    # "Projektet ägs av A och genomförs av B": B does the work of A's project
    # "The project runs for four years and involves the University of X": the project's English verb for taking part
    ("prose.partners.involves", re.compile(r"\b(?:[Tt]he project|[Tt]his project)\b[^.;]{0,60}?\b(?:involves|includes|"
                                           r"engages)\s+(?:the\s+)?" + CAP), "after"),
    ("prose.partners.leads_a_part", re.compile(PART_SUBJECT + r"\s+(?:leds|drivs|genomförs|samordnas)\s+av\s+" + CAP),
     "after"),  # "Arbetspaket 2 leds av X": X takes part, leading a part of the project
    ("prose.partners.brings_together", re.compile(r"\b(?:brings together|unites|samlar|förenar)\s+"
                                                 r"(?:(?:researchers|experts|staff|teachers|forskare|experter)\s+(?:from|at|vid|från)\s+)?"
                                                 r"(?:the\s+)?(?=[A-ZÅÄÖ])"),  # ("brings together researchers from A and B")
     "after"),  # "The project X brings together A and B": those named take part (the one leading it is the owner)
    ("prose.partners.partners_were", re.compile(r"^(?:The\s+)?(?:[Pp]roject\s+)?[Pp]artners\s+(?:were|are|include|included)\s+"
                                               r"(?:the\s+)?" + CAP), "after"),  # "Partners were A and B."
    ("prose.partners.among_them", re.compile(r"\b(?:[Pp]artners|partner|parter|samarbetspartner)\b[^.;]{0,80}?,\s+"
                                             r"(?:among them|including|bland dem|bland andra|däribland)\s+(?:the\s+)?" + CAP),
     "after"),  # "brings together partners from three countries, among them the University of X and Y", "tillsammans
    # med tolv partner, bland dem X, Y och Z"
    ("prose.partners.de_i_projektet", re.compile(r"\b(?i:företagen|bolagen|organisationerna|föreningarna|aktörerna|"
                                                 r"kommunerna|parterna|partnerna)\s+(?:som deltar\s+)?i\s+(?:projektet|"
                                                 r"förstudien|satsningen|samarbetet)(?:\s*:|\s+(?:är|blir|var))\s+" + CAP),
     "after"),  # "Företagen i projektet: A, B och C", "Parterna i projektet är A och B"
    ("prose.partners.projekt_dar_x_och", re.compile(r"^(?:Ett|Det är ett)\s+(?:projekt|samarbete|utvecklingsprojekt)\s+"
                                                   r"där\s+[a-zåäö]{4,}(?:en|et)\s+och\s+" + CAP), "after"),
    # "Ett projekt där kommunen och Högskolan X hjälper ...": the one beside the site's organisation takes part
    ("prose.partners.staff_from", re.compile(STAFF_FROM + CAP + STAFF_DO), "after"),
    # (the others named beside the one who leads take part)
    ("prose.partners.kommunerna", re.compile(r"\b(?:kommunerna|städerna|regionerna|partnerna|samverkansparterna|"
                                             r"parterna)\s+" + CAP), "after"),
    ("prose.partners.ar_partner", re.compile(r"\s+(?:är|blir|var|are|is|er|blev)\s+(?:också\s+|also\s+|også\s+)?"
                                             r"(?:(?:its|their)\s+)?(?:(?!lead\b)\w+\s+)?(?:partner|partners|partnere|"
                                             r"samverkansparter|samverkanspartners?|projektpartners?|samarbetspartners?|"
                                             r"medsökande|parter)\b"), "before"),  # ("A og B er partnere": Danish)
    ("prose.partners.som_partner", re.compile(r"(?:\s+(?:deltar|deltager|medverkar|ingår|är med|finns med|"
                                              r"(?:har\s+)?(?:bjudits|bjuds|bjöds)\s+in))?"
                                              r",?\s+som\s+(?:\w+\s+){0,2}?(?:[a-zåäö]*partner|partners|partnere|samverkanspart(?:er|ners?)?|"
                                              r"samarbetspart(?:er|ners?)?|medsökande)\b"), "before"),  # ("är med som samarbetspart",
    # "som forskningspartner")
    ("prose.partners.har_deltagit", re.compile(r"\s+(?:har|hade)\s+(?:också\s+|även\s+|aktivt\s+)?(?:deltagit|medverkat|"
                                               r"varit med|ingått|suttit)\s+(?:i|som|med)\b"), "before"),
    ("prose.partners.ar_med_i", re.compile(r"\s+(?:är|var|finns)\s+(?:också\s+|även\s+)?med\s+(?:i\s+(?:arbetet|projektet|"
                                          r"satsningen|förstudien|samarbetet|förprojektet)|och\s+(?:driver|leder|genomför|"
                                          r"utvecklar|planerar|bygger))\b"), "before"),  # "A och B är med och driver ..."
    ("prose.partners.other_side_owner", re.compile(r"\b(?i:norsk|finsk|finländsk|dansk)\s+(?:projektägare|lead partner|"
                                                  r"huvudpartner)\s+(?:är\s+|var\s+)?" + CAP), "after"),
    # "Svensk projektägare är A och norsk projektägare B": the other country's owner takes part
    ("prose.partners.one_of", re.compile(r"\s+(?:is|är)\s+(?:one of|en av)\s+(?:\w+\s+)?(?:the\s+)?(?:partners|parterna|"
                                        r"partnerna|parter|samverkansparterna)\b"), "before"),
    # "Lund University is one of eleven partners in the EU project X", "Åby högskola är en av sju parter i ..."
    ("prose.partners.take_part", re.compile(r"\s+(?:also\s+)?(?:take|takes|took)\s+part\b|\s+(?:also\s+)?participate[sd]?"
                                           r"\s+in\b"), "before"),  # "A and B take part in the work"
    # "Fem kommuner – A, B, C och D – har gått samman i projektet X": each one named takes part
    ("prose.partners.gatt_samman", re.compile(r"\s+[–—]?\s*(?:har\s+)?(?:gått|går|gick)\s+(?:samman|ihop)\s+(?:i|om|kring)\s+"
                                              r"(?:projektet|förstudien|satsningen)\b"), "before"),
    ("prose.partners.ar_med_och", re.compile(r"\s+är\s+(?:också\s+|även\s+)?med\s+och\s+(?:arrangerar|ordnar|driver|"
                                             r"leder|genomför|planerar|håller i)\b"), "before"),
    # "A och B är med och arrangerar träffarna": they take part in the work
    ("prose.partners.x_deltar", re.compile(r"\s+(?:deltar|medverkar)(?:\s+(?:också|även|også))?(?:\s+i\s+(?:projektet|arbetet|"
                                          r"satsningen|förstudien|samarbetet|planeringen|styrgruppen|genomförandet)|\s+med\s+[^.,;]{2,60})?\s*[.!]?$"), "before"),
    # ("Även A och B deltar.", "Umeå universitet medverkar med kurser på distans": what it brings, after)
    ("prose.partners.arbetar_tillsammans", re.compile(r"\s+(?:arbetar|jobbar|samarbetar|samverkar|satsar|driver|startar)"
                                                      r"\s+tillsammans\b(?!\s+(?:drygt\s+|cirka\s+)?\d)"),
     "before"),
    ("prose.partners.bidrar_med", re.compile(r"^(?=[A-ZÅÄÖ][^.;,]{0,60}?\s+bidrar\s+(?:bland annat\s+|också\s+|även\s+)?"
                                             r"med\s+(?!\d)(?!(?:ytterligare|drygt|cirka|närmare|knappt|nästan|lika|samma)\b)"
                                             r"[a-zåäö](?![^.;]*\d\s*(?:kr\b|kronor|tkr|mkr|miljoner|euro)))"), "after"),
    # "X kommun bidrar med personal" (not a sum, nor "med mark och 50 000 kronor": money makes it a payer)
    ("prose.partners.partner_ar", re.compile(r"\b(?i:samverkansparter|samverkanspartners?|samarbetspartners?|"
                                             r"samarbetsparter|partner|partners|partnere|partnerne|parter|projektpartner|"
                                             r"projektpartners|projektpartnere|projektpartnerne|deltagande kommuner|medverkande kommuner|"
                                             r"medverkande organisationer)\s+(?:i projektet\s+|in the project\s+|"
                                             r"på (?:svenska|norska|finska|danska) sidan\s+|"  # "partner på svenska sidan är X"
                                             r"i (?:Sverige|Norge|Finland|Danmark)\s+)?"
                                             r"(?:är|blir|var|are|is|include|includes|er)\s+(?:the\s+)?" + CAP), "after"),
]


def _bare(name: str) -> str:
    """"Gdynia (Polen)" and "Gdynia" are one party."""
    return re.sub(r"\s*\([^)]*\)", "", name).casefold()


def _kommun_of(place: str) -> str:
    """"Ljusdal" is Ljusdals kommun, "Gnosjö" Gnosjö kommun: the genitive's s after a consonant other than s, x, z."""
    return f"{place}s kommun" if re.search(r"[bcdfghjklmnpqrtvw]$", place) else f"{place} kommun"


# "A är med i arbetet, liksom B": B takes part too.
LIKSOM_RE = re.compile(r"[^.;]{0,40}?,\s+liksom\s+")


# "Skolorna på Gotland är med": a common noun in the definite plural, then where they are.
PLURAL_SUBJECT_AT_RE = re.compile(r"(?:^|\s)[A-ZÅÄÖa-zåäö][a-zåäö]+(?:orna|erna|arna|rna)\s+(?:på|i)\s+$")


def _place_of_subject(sentence: str, org: str, start: int) -> bool:
    """The name is only where the sentence's subject is ("Skolorna på Gotland är med"): a place, not a party."""
    from extractors.orgs import gazetteer

    if not PLURAL_SUBJECT_AT_RE.search(sentence[:start]):
        return False
    places = gazetteer()
    return places.is_place(org) or places.is_municipality(org) and not re.search(r"(?i)\b(?:kommun|stad)$", org)


FRONTED_PLACE_RE = re.compile(r"^(?:In|I|From|Från)\s+[A-ZÅÄÖ][\wåäö-]*$")


@lru_cache(maxsize=4096)  # a segment's sentences are read by several steps; they are read once
def partners_in(sentence: str) -> tuple[tuple[str, int, str], ...]:
    """(organisation, offset, rule) of every partner a sentence states."""
    from extractors.contacts import looks_like_person
    from extractors.orgs import PLACE_NAMED_RE, looks_like_org

    found: list[tuple[str, int, str]] = []
    for rule, rx, side in PARTNER_CUES:
        for m in rx.finditer(sentence):
            end = m.start()
            place = re.search(r"\s+i\s+[A-ZÅÄÖ][\wåäöøæ-]+$", sentence[:end])
            if place and PLACE_NAMED_RE.match(sentence[:place.start()].split(" ")[-1]):
                place = None  # "Høgskolen i Innlandet": an institution named by its kind and its place
            if side != "after" and place:  # "Destination X i Norge är partner": the country is no part of the name
                end = place.start()
            orgs = org_sequence(sentence, m.end()) if side == "after" else org_sequence_before(sentence, end)
            orgs = each_of_plural(sentence, orgs)  # "Uddevalla, Tanum och Bengtsfors kommuner": each is a kommun
            if rule == "prose.partners.samarbetar_x_med" and orgs:  # and those it works with
                med = re.match(r"[^.;]{0,60}?\s+med\s+", sentence[orgs[-1][1]:])
                orgs += org_sequence(sentence, orgs[-1][1] + med.end()) if med else []
            if rule in ("prose.partners.ovriga_ar", "prose.partners.ar_de_kommuner") and re.search(r"(?i)kommun", m.group(0)):
                orgs = [(o if o.endswith(("kommun", "stad")) else _kommun_of(o), s) for o, s in orgs]
            if side != "after":
                also = LIKSOM_RE.match(sentence, m.end())  # "... är med i arbetet, liksom B": B takes part too
                if also:
                    orgs += org_sequence(sentence, also.end())
            orgs = [(o, s) for o, s in orgs if looks_like_org(o) and not _place_of_subject(sentence, o, s)
                    and not FRONTED_PLACE_RE.match(o)  # ("In Norway, X takes part": where, then who)
                    and not (side != "after" and looks_like_person(o))]  # ("Anna Ek hjälper till med ...": a person)
            found += [(o, s, rule) for o, s in orgs if all(_bare(o) != _bare(f[0]) for f in found)]
    return tuple(found)  # "X är projektägare och A deltar som partner tillsammans med B och C": A, B and C


def stated_date(text: str, verb_re: re.Pattern):
    """(date, start, end) of the first date right after a start or end verb, else None."""
    from extractors.dates import find_dates

    for m in verb_re.finditer(text):
        lead = DATE_LEAD_RE.match(text, m.end())  # "klart till midsommar 2029", "klart senast hösten 2030"
        at = lead.end() if lead else m.end()
        dates = find_dates(text[at: at + 40])
        if dates and dates[0][1] == 0:
            date, s, e = dates[0]
            return date, m.start(), at + e
    return None


DATE_LEAD_RE = re.compile(r"\s*(?:till|senast|före|innan)\s+(?:den\s+(?=\d))?(?:[a-zåäö]{4,}(?:en|et|n)\s+(?:i\s+(?=\S)|(?=\d)))?(?=\S)")
# ("klar till hembygdsdagen i augusti 2036", "klar till säsongen 2037": the time named by its occasion, then its date)


GENITIVE_PROJECT_EN_RE = re.compile(r"\b(?:to|for|by)\s+(?P<org>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){0,3})['’]s\s+"
                                    r"(?:new\s+)?(?:project|pilot|study)\b")
GENITIVE_PROJECT_RE = re.compile(r"\b([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}?)s\s+(?:nya\s+|egna\s+)?(?:projekt|förstudie|satsning)\b")


COMMON_NOUN_LEAD_RE = re.compile(r"^[A-ZÅÄÖ][a-zåäö]*(?:företaget|bolaget)\s+(?=[A-ZÅÄÖ])|^(?:Företaget|Bolaget)\s+(?=[A-ZÅÄÖ])|"
                                 r"^(?:Även|Också|Dessutom|Likaså)\s+(?=[A-ZÅÄÖ])")  # "Även Åby kommun får ...": the adverb
ORGNR_IN_BRACKETS_RE = re.compile(r"\s*\((?:org\.?\s?nr\.?|organisationsnummer|orgnr)?:?\s*\d{6}-?\d{4}\)")


PART_SUBJECT_RE = re.compile(PART_SUBJECT)


@lru_cache(maxsize=4096)  # as partners_in
def owner_in(sentence: str) -> tuple[str, int, str] | None:
    """(organisation, offset, rule) of the owner a sentence states, else None."""
    from extractors.orgs import looks_like_org, org_before

    if PART_SUBJECT_RE.match(sentence):
        return None  # "Arbetspaketet leds av X": who leads a part, not the project
    bracketed = NAME_THEN_OWNER_RE.match(sentence)
    if bracketed and looks_like_org(bracketed.group("org")):  # "Projektet X (Åby förening) har fått N kronor": the
        return bracketed.group("org"), bracketed.start("org"), "prose.owner.bracketed"  # owner in brackets after the name
    # "X AB (org.nr 556677-8899) har fått ...": the number in brackets stands between the subject and its verb
    found = _owner_by_cue(ORGNR_IN_BRACKETS_RE.sub(lambda m: " " * len(m.group(0)), sentence))
    if found:
        lead = COMMON_NOUN_LEAD_RE.match(found[0])  # "Företaget Norrskog AB": the noun says what kind, no name
        return found[0][lead.end() if lead else 0:].rstrip(), found[1] + (lead.end() if lead else 0), found[2]
    english = GENITIVE_PROJECT_EN_RE.search(sentence)  # "to Umeå Energi's project X": whose project it is
    if english and looks_like_org(english.group("org")):
        return english.group("org"), english.start("org"), "prose.owner.genitive_en"
    for m in GENITIVE_PROJECT_RE.finditer(sentence):  # "till Jönköpings kommuns projekt för unga"
        org = org_before(sentence, m.end(1))
        if org and looks_like_org(org[0]) and (org[0].endswith(("kommun", "region", "förbund", "förening", "universitet",
                                                                  "stad", "län")) or org[0].startswith("Region ")):
            return org[0], org[1], "prose.owner.genitive"
    return None


NAME_THEN_OWNER_RE = re.compile(r"^(?:Projektet|Förstudien|Satsningen)\s+[A-ZÅÄÖ0-9][^()]{1,80}?\s+\((?P<org>[A-ZÅÄÖ][^()]{2,80})\)"
                                r"\s+(?:har fått|får|fick|har beviljats|beviljas|beviljades|tilldelas)\b")
# A subject of two organisations: "Munkfors kommun och Ransäters Bygdeförening (bygger ...)".
JOINT_SUBJECT_RE = re.compile(r"^(?P<a>[A-ZÅÄÖ][^,;.]{2,60}?)\s+och\s+(?P<b>[A-ZÅÄÖ][^,;.]{2,60}?)(?:\s+tillsammans)?$")


# "har beviljats ESF+-stöd om 38 miljoner": the grant, not who receives it.
MONEY_WORD_RE = re.compile(r"(?i)-(?:stöd|medel|bidrag|pengar|finansiering)$")


def named_beside_owner(sentence: str) -> list[tuple[str, int]]:
    """"A och B får 90 000 euro för X": A owns it (owner_in), B takes part; B here, with its offset."""
    from extractors.orgs import looks_like_org

    for rule, rx, side in OWNER_CUES:
        if rule == "prose.owner.subject_does":  # "A och B bygger tillsammans ...": the subject's second organisation
            for m in rx.finditer(sentence):
                pair = JOINT_SUBJECT_RE.match(sentence[:m.start()].strip())
                if pair and looks_like_org(pair.group("b")):
                    return [(pair.group("b"), pair.start("b"))]
            continue
        if side == "after" and rule in ("prose.owner.drivs_av", "prose.owner.bakom"):
            # "... genomförs av A och B", "Bakom satsningen står A och B": A leads, B takes part
            for m in rx.finditer(sentence):
                found = org_sequence(sentence, m.end())
                joined = len(found) > 1 and re.match(r"\s*(?:och|samt|and)\s", sentence[found[0][1] + len(found[0][0]):])
                if joined:  # (not "..., the X consortium brings ...": a comma goes on the sentence)
                    return [(o, s) for o, s in found[1:] if looks_like_org(o)]
            continue
        if side != "before":
            continue
        for m in rx.finditer(sentence):
            found = org_sequence_before(sentence, m.start())
            if found:
                return [(o, s) for o, s in found[1:] if looks_like_org(o)]
    return []


# The head of an association's name that needs the rest of its words ("Föreningen X", "Byalaget i Y").
ASSOCIATION_HEAD_RE = re.compile(r"^(?:[A-ZÅÄÖ][a-zåäö]*(?:föreningen|förbundet|laget|sällskapet|stiftelsen|gillet|"
                                 r"klubben|samfälligheten|rådet|nätverket)|Ekonomiska? förening(?:en)?|Ideell förening|"
                                 r"Ideella föreningen|Föreningen|Stiftelsen)\b")


def subject_org(sentence: str, end: int) -> tuple[str, int] | None:
    """(name, offset) of the sentence's whole subject before `end` when it is one association's name: "Föreningen
    X Y", "Byalaget i Z" (a bare "Byalaget" names no one); after a row's dash ("NAMN – Föreningen X beviljas")."""
    place = re.match(r"\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?=\s)", sentence[end:])
    head = sentence[:end + (place.end() if place else 0)]
    dash = list(re.finditer(r"\s[–—]\s", head))
    start = dash[-1].end() if dash else 0
    subject = head[start:].strip()
    words = subject.split()
    if not 2 <= len(words) <= 6 or re.search(r"[,;:]|\s(?:och|samt)\s", subject) or not ASSOCIATION_HEAD_RE.match(subject):
        return None
    return subject, start


# An organisation number set after a subject's name, between commas: ", org.nr 802400-0005,".
ORGNR_APPOSITIVE_RE = re.compile(r",\s*(?:org\.?\s?nr\.?|organisationsnummer)\s*:?\s*\d{6}-?\d{4},?\s*$", re.IGNORECASE)

# A sentence that opens with who pays: "Med stöd av A, B och C startar nu projektet X".
PAYERS_FIRST_RE = re.compile(r"(?i)^(?:med\s+(?:ekonomiskt\s+|finansiellt\s+)?stöd\s+(?:av|från|ur)|med\s+finansiering\s+från|"
                             r"med\s+medel\s+från|tack\s+vare\s+(?:stöd|pengar|medel)\s+från)\s")


def one_word_org(word: str) -> bool:
    """One word that names an organisation: a known one, one ending in its kind ("Mittuniversitetet",
    "Hushållningssällskapet"; not the kind alone, "Klubben", which refers to one), or an acronym ("LRF")."""
    from extractors.orgs import gazetteer

    return gazetteer().lookup(word) is not None or word.isupper() and len(word) >= 2 \
        or bool(re.search(r"(?i)\w{2}(?:universitet|högskola|förening|förbund|stiftelse|sällskap|bolag|kommun|region|"
                          r"akademi|institut|verk|byrå|råd|lag|klubb|kooperativ|centrum|landsting)(?:et|en|an|n|s)?$", word)) \
        or bool(ORG_NAME_END_RE.search(word))


# Compound names that end in what the organisation is: "Vasaskolan", "Kulturhuset", "Folkets hus".
ORG_NAME_END_RE = re.compile(r"[a-zåäö]{3}(?<!Hög)(?<!hög)(?:skolan|gymnasiet|museet|biblioteket|teatern|kyrkan|"
                             r"församlingen)$")


def _owner_by_cue(sentence: str) -> tuple[str, int, str] | None:
    from extractors.orgs import gazetteer, is_named_org, looks_like_org, org_before, org_run

    for rule, rx, side in OWNER_CUES:
        for m in rx.finditer(sentence):
            if side == "after":
                org = org_run(sentence, m.end())
                start = m.end()
            elif side == "group":  # the pattern itself marks where the name stands
                org, start = m.group("org"), m.start("org")
            elif side == "before_start":  # the sentence's subject, from its first word
                org = org_run(sentence, 0)
                start = 0
                before = sentence[:m.start()].strip()
                if org and len(org) != len(before) and (back := org_before(sentence, m.start())) and back[1] == 0:
                    org = back[0]  # "Folkets Hus i Hedemora ska ...": a name that goes on with its place
                association = subject_org(sentence, m.start())
                pair = JOINT_SUBJECT_RE.match(before)
                if association and association[1] == 0:
                    org = association[0]  # "Byalaget i Kvissleby bygger ...": an association's name, its place in it
                elif pair and rule == "prose.owner.subject_does" and is_named_org(pair.group("a")) \
                        and looks_like_org(pair.group("b")):
                    org = pair.group("a")  # "Åby kommun och Åby IF bygger tillsammans ...": the first named leads
                elif not org or len(org) != len(before) or not is_named_org(org):
                    continue
            else:
                if PAYERS_FIRST_RE.match(sentence):
                    continue  # "Med stöd av A och B startar nu projektet X": they pay, they do not run it
                cut = m.start()
                if (appositive := ORGNR_APPOSITIVE_RE.search(sentence[:cut])) is not None:
                    cut = appositive.start()  # "X, org.nr 802400-0005, har ansökt om ...": the subject before its number
                found = org_sequence_before(sentence, cut)  # "A och B får ...": A leads
                whole = org_run(sentence, 0)
                if found and whole and sentence[:cut].strip() == whole and len(whole) > len(found[0][0]) \
                        and (found[0][0][:1].islower() or is_named_org(whole) or gazetteer().known_at(whole, 0)
                             or all(w[:1].isupper() for w in whole.split())):  # ("Dalarna Science Park har fått")
                    found = [(whole, 0)]  # "Pajala bageri ekonomisk förening får", "Hela Sverige ska leva X har
                    # fått": the subject whole, read forwards
                if whole and found and len(whole) > len(found[0][0]) \
                        and (gazetteer().lookup(whole) is not None or ORG_NAME_END_RE.search(whole.split(" i ")[0])) \
                        and cut <= len(whole) <= m.end():
                    found = [(whole, 0)]  # "Högskolan i Gävle har fått", "Textilmuseet i Borås har beviljats": a known
                    # name, or an institution's, that the cue's "i Place" cut into
                subject = subject_org(sentence, cut)
                if subject and (not found or len(subject[0]) > len(found[0][0])):
                    found = [subject]  # "Byalaget i X får", "Föreningen Y:s vänner får": the subject whole
                if not found:
                    continue
                org, start = found[0]
                if FRONTED_ADVERBIAL_RE.match(org):  # "Förra året drev kommunen ...", "I höst startar Åby kommun
                    verb = re.match(r"\s*\S+\s+(?:nu\s+)?", sentence[m.start():])  # ...": the subject follows the verb
                    start = m.start() + (verb.end() if verb else 0)
                    org = org_run(sentence, start) or ""
            at_place = re.match(r"^(?P<org>[A-ZÅÄÖ][\wåäö-]+)\s+i\s+(?P<place>[A-ZÅÄÖ][\wåäö-]+)$", org or "")
            if at_place and not is_named_org(org or "") and gazetteer().lookup(org or "") is None \
                    and gazetteer().is_place(at_place.group("place")) \
                    and (is_named_org(at_place.group("org")) or ORG_NAME_END_RE.search(at_place.group("org"))):
                org = at_place.group("org")  # "Vasaskolan i Gävle har beviljats ...": the school, in its town
            if org and side not in ("after", "group") and start == 0 and len(org.split()) == 1 and not one_word_org(org):
                continue  # "Bageri i Pajala får Leaderstöd": a common noun at a headline's start, no organisation
            if org and looks_like_org(org) and not re.match(r"(?i)(projekt|prosjekt|förstudie|satsning|det|den|de|vi|the|this|"
                                                            r"it|we)\b", org) \
                    and not re.search(r"(?i)\b(projekt\w*|prosjekt\w*|förstudie\w*|satsning\w*)\b", org) \
                    and not MONEY_WORD_RE.search(org):
                return org, start, rule
    return None


# A sentence's opening adverbial of time or place, before its verb: what stands there is no subject.
FRONTED_ADVERBIAL_RE = re.compile(r"^(?:I|Under|Efter|Sedan|Redan|Nu|Förra|Nästa|Tidigare|Senare|Hösten|Våren|Sommaren|"
                                  r"Vintern|Last|Next|This|In)\s+\S+(?:\s+\S+)?$")


# "I Lycksele får kommunen ...": a place fronted, the municipality its subject.
PLACE_FRONTED_BODY_RE = re.compile(r"^I (?P<place>[A-ZÅÄÖ][\wåäö-]+) (?:får|fick|beviljas|beviljades|tilldelas|tilldelades) "
                                   r"kommunen$")


def place_fronted_body(text: str) -> str | None:
    """"Lycksele kommun" of "I Lycksele får kommunen", where the place is a municipality; else None."""
    from extractors.orgs import gazetteer, municipality_name

    m = PLACE_FRONTED_BODY_RE.match(text.strip())
    return municipality_name(m.group("place")) if m and gazetteer().is_municipality(m.group("place")) else None


CONTACT_CUE_RE = re.compile(r"\b(kontakta|kontaktperson|kontakt|frågor|mer information|vill du veta mer|projektledare|"
                            r"project manager|contact|för information|nås på|når du|hör (?:gärna )?av dig)\b", re.IGNORECASE)
# Who is named with an e-mail but is no project contact: press, case officers, evaluators.
# "Kontaktperson för projektet är Eva Ek": the project's contact named in a sentence.
CONTACT_IS_RE = re.compile(r"\b(?i:kontaktperson|projektledare|projektsamordnare)(?: (?i:för|i) (?:projektet|förstudien))?"
                           r" (?:är|blir|var) (?:(?:professor|docent|doktor|dr|forskaren|lektor|universitetslektor)\s+)?"
                           r"(?P<person>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)+)")
# "Namn – projektledare Eva Ek vid institutionen för X – får ...": the leader named in apposition to the entry.
LEADER_APPOSITION_RE = re.compile(r"(?:[–—]|,)\s+(?i:projektledare|projektledaren|projektsamordnare)\s+"
                                  r"(?P<person>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)+)(?=\s+(?:vid|på|från)\s|\s*[–—,(])")
# "Rapporten har upprättats av projektledare X": a report's author who leads the project.
REPORT_AUTHOR_RE = re.compile(r"\b(?:upprättats|upprättad|skriven|skrivits|sammanställts|sammanställd)\s+av\s+"
                              r"(?i:projektledare(?:n)?|projektsamordnare(?:n)?)\s+"
                              r"(?P<person>[A-ZÅÄÖ][\wåäö]+(?:[ -][A-ZÅÄÖ][\wåäö]+)+)")
# A decision's addressee: "Krokoms kommun Att: Eva Ek, projektledare" over "... beviljas stöd": the one granted
# is the owner, the one it is sent to the project's contact.
ADDRESSEE_RE = re.compile(r"(?:^|\s)(?:Att|Attn)\.?:\s+(?P<person>[A-ZÅÄÖ][\wåäö]+(?:[ -](?!Box\b)"
                          r"(?![A-ZÅÄÖ][\wåäö]*(?:vägen|gatan|gränd|torget|stigen|allén|backen|leden|plan)\b)"  # a street
                          r"[A-ZÅÄÖ][\wåäö]+)+)")
ADDRESSEE_GRANTED_RE = re.compile(r"\b(?:beviljas|beviljades|har beviljats|beslutar att bevilja|tilldelas|beviljar|"
                                  r"(?:har )?beslutat att bevilja)\b(?!\s+inte)")
# Who signs or handles a decision, or speaks to the press, is no contact of the project.
NOT_CONTACT_RE = re.compile(r"\b(press\w*|\w*handläggare|utvärderare|redaktör|kommunikatör|\w*sekreterare|regionutvecklare|"
                            r"ordförande|justerare|justerande|registrator|föredragande|"
                            r"communications? (?:officer|manager|advisor|adviser|director)|head of (?:communications|press|media)|"
                            r"media contact|editor)\b", re.IGNORECASE)


# The EU's share in a sentence that speaks of EU money: "EU-finansieringen täcker 65 procent", "Regionalfonden
# finansierar 50 procent av ...", "varav EU-stöd 2 736 000 kr (40 %)".
EU_MONEY_RE = re.compile(r"\beu(?:[-\s]|:s\s)?(?:stöd|finansiering|andel|medel|bidrag|støtte|midler|tilskud|tilskudd)\w*|"
                         r"\bunionens\b|co-?financing|"  # (Danish and Norwegian "EU-støtte", "EU-midler" too)
                         r"stödandel\w*|\b(?:regionalfonden|regionfonden|socialfonden|esf\+?|eruf|erdf|landsbygdsfonden|"
                         r"europeiska [\wåäö ,-]{0,40}?fonden|integrationsfonden|interreg|strukturfonds\w*|"
                         r"eu\s+(?:står för|betalar|bidrar med|finansierar|täcker)|"  # "EU står för 60 procent"
                         r"varav\s+eu$|"  # a label: "Varav EU: 45 %"
                         r"european (?:\w+ ){0,3}fund|eu (?:funding|contribution|support))\b", re.IGNORECASE)
PERCENT_RE = re.compile(r"(?P<rate>\d{1,3}(?:[,.]\d+)?)\s*(?:%|procent|percent|per cent)")
EU_SHARE_AFTER_RE = re.compile(r"(?i)\s+(?:av\s+stödet\s+)?(?:eu[-:]|eu\s|europeiska\s|(?:från|av|ur)\s+(?:eu\b|europeiska\s|"
                               r"eruf\b|esf\b|esf\+|regionalfonden|socialfonden|interreg\b))")  # ("till 60 procent av ESF+")
EU_SHARE_BEFORE_RE = re.compile(r"(?i)\b(?:eu|eruf|erdf|esf\+?|ejflu|ehff|regionalfonden|socialfonden|landsbygdsfonden|"
                                r"europeiska [\wåäö ,-]{0,40}?fonden(?: [\wåäö ]{0,30}?)?)\s*(?:\([A-ZÅÄÖ+]{2,8}\)\s*)?"
                                r"(?:med|till|står för)\s+")
NOT_EU_RATE_RE = re.compile(r"\b(deltagar\w*|kvinnor|män|företag\w*|av programmets|ram\w*|medfinansiering på|"
                            r"krav på|utlys\w*|ökning|minska\w*|öka\w*|procentenheter)\b", re.IGNORECASE)


def eu_rate_in(sentence: str) -> tuple[float, int, int] | None:
    """(rate, start, end) of the EU co-financing rate a sentence states, else None."""
    if not EU_MONEY_RE.search(sentence) or NOT_EU_RATE_RE.search(sentence):
        return None
    rates = [m for m in PERCENT_RE.finditer(sentence) if 10 <= float(m.group("rate").replace(",", ".")) <= 100]
    if len(rates) > 1:  # "60 procent EU-medel ... och 40 procent nationella medel": the one said of EU money;
        # "av EJFLU med 43 procent och av svenska staten med 57 procent": the one said after the fund's name
        after = [m for m in rates if EU_SHARE_AFTER_RE.match(sentence, m.end())]
        rates = after or [m for m in rates if (lead := EU_SHARE_BEFORE_RE.search(sentence, 0, m.start()))
                          and lead.end() == m.start()]
    if len(rates) != 1:
        return None
    m = rates[0]
    return float(m.group("rate").replace(",", ".")), m.start(), m.end()

# "Vi har fått pengar till projektet X": the site's own organisation runs it.
WE_OWN_RE = re.compile(r"^(?:Nu\s+)?[Vv]i\s+(?:har\s+)?(?:fått|får|fick|beviljats|driver|startar|leder|har startat|"
                       r"har beviljats|ska driva)\b[^.]{0,120}\b(?:projekt\w*|förstudie\w*|satsning\w*|medel|kronor|euro|"
                       r"stöd(?=\s+(?:från|ur)\s)|bidrag|pengar)\b|"  # ("Vi har fått stöd från X för att ...")
                       r"^[A-ZÅÄÖ][^.]{2,60}?\s(?:har\s+)?(?:beviljat|beviljade|gett|gav|ger|beviljar)\s+oss\s+"
                       r"[^.]{0,30}?\d|"  # "Länsstyrelsen har beviljat oss 180 000 kronor": we got it
                       r"^[A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäö]+){0,4}?\s+(?:har vi (?:fått|startat|beviljats|drivit)|fick vi|får vi|"
                       r"startade vi|startar vi|driver vi|drog vi igång|inledde vi)\b[^.]{0,120}\b(?:projekt\w*|"
                       r"förstudie\w*|satsning\w*|medel|kronor|euro)\b|"  # "Under året startade vi projektet X"
                       r"^(?:Tack vare|Med hjälp av|Med stöd (?:av|från))\s+[^.]{2,120}?\s(?:kan|ska|har|kunde|startar|"
                       r"driver|bygger)\s+vi\b")  # "Tack vare ett bidrag från X kan vi i höst starta Y"
