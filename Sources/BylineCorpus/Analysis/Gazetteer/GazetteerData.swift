// Word lists for the entity recogniser, written for Byline from general knowledge.
//
// Each list is one multi-line string, one entry per line; `|` separates fields.
// Blank lines and lines starting with `#` are ignored. `Gazetteer` parses them once.
// (One string per list compiles in a moment; array literals of thousands of strings do not.)

enum GazetteerData {
    /// Sovereign states, disputed states, historical states and dependent territories: `Canonical|alias|alias…`.
    static let countries = """
    # Sovereign states (UN members and observers), then disputed and dependent territories
    Afghanistan
    Albania
    Algeria
    Andorra
    Angola
    Antigua and Barbuda|Antigua
    Argentina
    Armenia
    Australia
    Austria
    Azerbaijan
    Bahamas|The Bahamas
    Bahrain
    Bangladesh
    Barbados
    Belarus|Byelorussia|Belorussia
    Belgium
    Belize
    Benin
    Bhutan
    Bolivia
    Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina|Bosnia & Herzegovina
    Botswana
    Brazil|Brasil
    Brunei|Brunei Darussalam
    Bulgaria
    Burkina Faso
    Burundi
    Cambodia|Kampuchea
    Cameroon
    Canada
    Cape Verde|Cabo Verde
    Central African Republic|CAR
    Chad
    Chile
    China|People's Republic of China|PRC|Mainland China
    Colombia
    Comoros
    Democratic Republic of the Congo|Democratic Republic of Congo|DR Congo|DRC|D.R.C.|Congo-Kinshasa|Zaire|Congo
    Republic of the Congo|Congo-Brazzaville|Republic of Congo|Congo Republic
    Costa Rica
    Croatia
    Cuba
    Cyprus
    Czech Republic|Czechia
    Denmark
    Djibouti
    Dominica
    Dominican Republic
    East Timor|Timor-Leste|Timor Leste
    Ecuador
    Egypt
    El Salvador
    Equatorial Guinea
    Eritrea
    Estonia
    Eswatini|Swaziland
    Ethiopia
    Fiji
    Finland
    France|French Republic
    Gabon
    Gambia|The Gambia
    Georgia
    Germany|Federal Republic of Germany
    Ghana
    Greece|Hellenic Republic
    Grenada
    Guatemala
    Guinea
    Guinea-Bissau
    Guyana
    Haiti
    Honduras
    Hungary
    Iceland
    India|Republic of India|Bharat
    Indonesia
    Iran|Islamic Republic of Iran|Persia
    Iraq
    Ireland|Irish Republic|Republic of Ireland|Eire
    Israel|State of Israel
    Italy
    Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Côte d’Ivoire
    Jamaica
    Japan
    Jordan
    Kazakhstan
    Kenya
    Kiribati
    Kuwait
    Kyrgyzstan|Kyrgyz Republic|Kirghizia
    Laos|Lao PDR
    Latvia
    Lebanon
    Lesotho
    Liberia
    Libya
    Liechtenstein
    Lithuania
    Luxembourg
    Madagascar
    Malawi
    Malaysia
    Maldives|The Maldives
    Mali
    Malta
    Marshall Islands
    Mauritania
    Mauritius
    Mexico|México
    Micronesia|Federated States of Micronesia
    Moldova
    Monaco
    Mongolia
    Montenegro
    Morocco
    Mozambique
    Myanmar|Burma
    Namibia
    Nauru
    Nepal
    Netherlands|The Netherlands|Holland
    New Zealand|NZ|Aotearoa
    Nicaragua
    Niger
    Nigeria
    North Korea|Democratic People's Republic of Korea|DPRK|N. Korea|N Korea
    North Macedonia|Macedonia|Republic of North Macedonia|FYROM
    Norway
    Oman
    Pakistan
    Palau
    Palestine|State of Palestine|Palestinian Territories
    Panama
    Papua New Guinea|PNG
    Paraguay
    Peru
    Philippines|The Philippines
    Poland
    Portugal
    Qatar
    Romania|Rumania
    Russia|Russian Federation
    Rwanda
    Saint Kitts and Nevis|St Kitts and Nevis|St. Kitts and Nevis
    Saint Lucia|St Lucia|St. Lucia
    Saint Vincent and the Grenadines|St Vincent and the Grenadines|St Vincent
    Samoa
    San Marino
    Sao Tome and Principe|São Tomé and Príncipe
    Saudi Arabia|Kingdom of Saudi Arabia|KSA
    Senegal
    Serbia
    Seychelles
    Sierra Leone
    Singapore
    Slovakia|Slovak Republic
    Slovenia
    Solomon Islands
    Somalia
    South Africa|Republic of South Africa
    South Korea|Republic of Korea|S. Korea|S Korea|ROK
    South Sudan
    Spain
    Sri Lanka|Ceylon
    Sudan
    Suriname|Surinam
    Sweden
    Switzerland|Swiss Confederation
    Syria|Syrian Arab Republic
    Tajikistan
    Tanzania|United Republic of Tanzania
    Thailand|Siam
    Togo
    Tonga
    Trinidad and Tobago|Trinidad
    Tunisia
    Turkey|Türkiye|Turkiye
    Turkmenistan
    Tuvalu
    Uganda
    Ukraine|The Ukraine
    United Arab Emirates|UAE|U.A.E.
    United Kingdom|UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland
    United States|US|U.S.|USA|U.S.A.|America|United States of America
    Uruguay
    Uzbekistan
    Vanuatu
    Vatican City|Vatican|Holy See
    Venezuela
    Vietnam|Viet Nam
    Yemen
    Zambia
    Zimbabwe
    # Partially recognised, disputed or de facto states
    Taiwan|Republic of China|ROC|Formosa
    Kosovo
    Western Sahara|Sahrawi Republic
    Northern Cyprus|Turkish Republic of Northern Cyprus|TRNC
    Abkhazia
    South Ossetia
    Transnistria|Trans-Dniester|Transdniestria
    Somaliland
    Nagorno-Karabakh|Nagorno Karabakh|Karabakh|Artsakh
    # Historical states still named in news archives
    Soviet Union|USSR|U.S.S.R.|Soviet Russia
    Yugoslavia
    Czechoslovakia
    East Germany|GDR|German Democratic Republic
    West Germany
    Serbia and Montenegro
    # Dependent and autonomous territories
    Hong Kong|HK|Hong Kong SAR
    Macau|Macao
    Greenland
    Faroe Islands|Faroes
    Puerto Rico
    Guam
    American Samoa
    US Virgin Islands|U.S. Virgin Islands
    British Virgin Islands|BVI
    Cayman Islands|Caymans
    Bermuda
    Gibraltar
    Falkland Islands|Falklands|Malvinas|Islas Malvinas
    Anguilla
    Montserrat
    Turks and Caicos Islands|Turks and Caicos
    Saint Helena|St Helena
    Pitcairn Islands|Pitcairn
    Jersey
    Guernsey
    Isle of Man
    Aruba
    Curaçao|Curacao
    Sint Maarten
    New Caledonia
    French Polynesia|Tahiti
    Réunion|Reunion
    Martinique
    Guadeloupe
    French Guiana
    Mayotte
    Cook Islands
    Niue
    Norfolk Island
    Christmas Island
    Northern Mariana Islands|Northern Marianas
    Åland Islands|Aland Islands|Åland
    Svalbard
    Diego Garcia|Chagos Islands|British Indian Ocean Territory
    """

    /// Group words: `Word|Place canonical`, the second field empty for ethnic, religious and political groups with no single country (`Kurdish|`). The place is a canonical name from `countries` or `places`.
    static let demonyms = """
    # National demonyms: adjective, singular noun, plural noun
    Afghan|Afghanistan
    Afghans|Afghanistan
    Afghani|Afghanistan
    Albanian|Albania
    Albanians|Albania
    Algerian|Algeria
    Algerians|Algeria
    Andorran|Andorra
    Angolan|Angola
    Angolans|Angola
    Antiguan|Antigua and Barbuda
    Argentine|Argentina
    Argentinian|Argentina
    Argentinean|Argentina
    Argentines|Argentina
    Argentinians|Argentina
    Armenian|Armenia
    Armenians|Armenia
    Australian|Australia
    Australians|Australia
    Aussie|Australia
    Aussies|Australia
    Austrian|Austria
    Austrians|Austria
    Azerbaijani|Azerbaijan
    Azerbaijanis|Azerbaijan
    Azeri|Azerbaijan
    Azeris|Azerbaijan
    Bahamian|Bahamas
    Bahamians|Bahamas
    Bahraini|Bahrain
    Bahrainis|Bahrain
    Bangladeshi|Bangladesh
    Bangladeshis|Bangladesh
    Barbadian|Barbados
    Bajan|Barbados
    Belarusian|Belarus
    Belarusians|Belarus
    Belarussian|Belarus
    Belgian|Belgium
    Belgians|Belgium
    Belizean|Belize
    Beninese|Benin
    Bhutanese|Bhutan
    Bolivian|Bolivia
    Bolivians|Bolivia
    Bosnian|Bosnia and Herzegovina
    Bosnians|Bosnia and Herzegovina
    Herzegovinian|Bosnia and Herzegovina
    Botswanan|Botswana
    Motswana|Botswana
    Batswana|Botswana
    Brazilian|Brazil
    Brazilians|Brazil
    Bruneian|Brunei
    Bulgarian|Bulgaria
    Bulgarians|Bulgaria
    Burkinabe|Burkina Faso
    Burundian|Burundi
    Burundians|Burundi
    Cambodian|Cambodia
    Cambodians|Cambodia
    Cameroonian|Cameroon
    Cameroonians|Cameroon
    Canadian|Canada
    Canadians|Canada
    Cape Verdean|Cape Verde
    Central African|Central African Republic
    Chadian|Chad
    Chadians|Chad
    Chilean|Chile
    Chileans|Chile
    Chinese|China
    Colombian|Colombia
    Colombians|Colombia
    Comorian|Comoros
    Congolese|Democratic Republic of the Congo
    Costa Rican|Costa Rica
    Costa Ricans|Costa Rica
    Croatian|Croatia
    Croatians|Croatia
    Croat|Croatia
    Croats|Croatia
    Cuban|Cuba
    Cubans|Cuba
    Cypriot|Cyprus
    Cypriots|Cyprus
    Greek Cypriot|Cyprus
    Greek Cypriots|Cyprus
    Turkish Cypriot|Northern Cyprus
    Turkish Cypriots|Northern Cyprus
    Czech|Czech Republic
    Czechs|Czech Republic
    Danish|Denmark
    Dane|Denmark
    Danes|Denmark
    Djiboutian|Djibouti
    Dominican|Dominican Republic
    Dominicans|Dominican Republic
    Dutch|Netherlands
    Dutchman|Netherlands
    Dutchmen|Netherlands
    Timorese|East Timor
    East Timorese|East Timor
    Ecuadorian|Ecuador
    Ecuadorians|Ecuador
    Ecuadorean|Ecuador
    Egyptian|Egypt
    Egyptians|Egypt
    Salvadoran|El Salvador
    Salvadorans|El Salvador
    Salvadorean|El Salvador
    Equatorial Guinean|Equatorial Guinea
    Eritrean|Eritrea
    Eritreans|Eritrea
    Estonian|Estonia
    Estonians|Estonia
    Swazi|Eswatini
    Swazis|Eswatini
    Ethiopian|Ethiopia
    Ethiopians|Ethiopia
    Fijian|Fiji
    Fijians|Fiji
    Finnish|Finland
    Finn|Finland
    Finns|Finland
    French|France
    Frenchman|France
    Frenchmen|France
    Frenchwoman|France
    Gabonese|Gabon
    Gambian|Gambia
    Gambians|Gambia
    Georgian|Georgia
    Georgians|Georgia
    German|Germany
    Germans|Germany
    Ghanaian|Ghana
    Ghanaians|Ghana
    Greek|Greece
    Greeks|Greece
    Grenadian|Grenada
    Guatemalan|Guatemala
    Guatemalans|Guatemala
    Guinean|Guinea
    Guineans|Guinea
    Bissau-Guinean|Guinea-Bissau
    Guyanese|Guyana
    Haitian|Haiti
    Haitians|Haiti
    Honduran|Honduras
    Hondurans|Honduras
    Hungarian|Hungary
    Hungarians|Hungary
    Icelandic|Iceland
    Icelander|Iceland
    Icelanders|Iceland
    Indian|India
    Indians|India
    Indonesian|Indonesia
    Indonesians|Indonesia
    Iranian|Iran
    Iranians|Iran
    Persian|Iran
    Persians|Iran
    Iraqi|Iraq
    Iraqis|Iraq
    Irish|Ireland
    Irishman|Ireland
    Irishmen|Ireland
    Israeli|Israel
    Israelis|Israel
    Italian|Italy
    Italians|Italy
    Ivorian|Ivory Coast
    Ivorians|Ivory Coast
    Jamaican|Jamaica
    Jamaicans|Jamaica
    Japanese|Japan
    Jordanian|Jordan
    Jordanians|Jordan
    Kazakh|Kazakhstan
    Kazakhs|Kazakhstan
    Kazakhstani|Kazakhstan
    Kenyan|Kenya
    Kenyans|Kenya
    Kuwaiti|Kuwait
    Kuwaitis|Kuwait
    Kyrgyz|Kyrgyzstan
    Kirghiz|Kyrgyzstan
    Lao|Laos
    Laotian|Laos
    Laotians|Laos
    Latvian|Latvia
    Latvians|Latvia
    Lebanese|Lebanon
    Basotho|Lesotho
    Liberian|Liberia
    Liberians|Liberia
    Libyan|Libya
    Libyans|Libya
    Lithuanian|Lithuania
    Lithuanians|Lithuania
    Luxembourgish|Luxembourg
    Luxembourger|Luxembourg
    Malagasy|Madagascar
    Malawian|Malawi
    Malawians|Malawi
    Malaysian|Malaysia
    Malaysians|Malaysia
    Maldivian|Maldives
    Malian|Mali
    Malians|Mali
    Maltese|Malta
    Marshallese|Marshall Islands
    Mauritanian|Mauritania
    Mauritanians|Mauritania
    Mauritian|Mauritius
    Mexican|Mexico
    Mexicans|Mexico
    Micronesian|Micronesia
    Moldovan|Moldova
    Moldovans|Moldova
    Monegasque|Monaco
    Mongolian|Mongolia
    Mongolians|Mongolia
    Montenegrin|Montenegro
    Montenegrins|Montenegro
    Moroccan|Morocco
    Moroccans|Morocco
    Mozambican|Mozambique
    Mozambicans|Mozambique
    Burmese|Myanmar
    Myanmarese|Myanmar
    Namibian|Namibia
    Namibians|Namibia
    Nauruan|Nauru
    Nepali|Nepal
    Nepalese|Nepal
    Nepalis|Nepal
    New Zealander|New Zealand
    New Zealanders|New Zealand
    Kiwi|New Zealand
    Kiwis|New Zealand
    Nicaraguan|Nicaragua
    Nicaraguans|Nicaragua
    Nigerien|Niger
    Nigeriens|Niger
    Nigerian|Nigeria
    Nigerians|Nigeria
    North Korean|North Korea
    North Koreans|North Korea
    Macedonian|North Macedonia
    Macedonians|North Macedonia
    Norwegian|Norway
    Norwegians|Norway
    Omani|Oman
    Omanis|Oman
    Pakistani|Pakistan
    Pakistanis|Pakistan
    Palauan|Palau
    Palestinian|Palestine
    Palestinians|Palestine
    Panamanian|Panama
    Panamanians|Panama
    Papua New Guinean|Papua New Guinea
    Paraguayan|Paraguay
    Paraguayans|Paraguay
    Peruvian|Peru
    Peruvians|Peru
    Filipino|Philippines
    Filipinos|Philippines
    Filipina|Philippines
    Philippine|Philippines
    Polish|Poland
    Pole|Poland
    Poles|Poland
    Portuguese|Portugal
    Qatari|Qatar
    Qataris|Qatar
    Romanian|Romania
    Romanians|Romania
    Russian|Russia
    Russians|Russia
    Rwandan|Rwanda
    Rwandans|Rwanda
    Samoan|Samoa
    Samoans|Samoa
    Sammarinese|San Marino
    Saudi|Saudi Arabia
    Saudis|Saudi Arabia
    Saudi Arabian|Saudi Arabia
    Senegalese|Senegal
    Serbian|Serbia
    Serbians|Serbia
    Serb|Serbia
    Serbs|Serbia
    Seychellois|Seychelles
    Sierra Leonean|Sierra Leone
    Sierra Leoneans|Sierra Leone
    Singaporean|Singapore
    Singaporeans|Singapore
    Slovak|Slovakia
    Slovaks|Slovakia
    Slovakian|Slovakia
    Slovenian|Slovenia
    Slovenians|Slovenia
    Slovene|Slovenia
    Slovenes|Slovenia
    Somali|Somalia
    Somalis|Somalia
    South African|South Africa
    South Africans|South Africa
    South Korean|South Korea
    South Koreans|South Korea
    South Sudanese|South Sudan
    Spanish|Spain
    Spaniard|Spain
    Spaniards|Spain
    Sri Lankan|Sri Lanka
    Sri Lankans|Sri Lanka
    Sudanese|Sudan
    Surinamese|Suriname
    Swedish|Sweden
    Swede|Sweden
    Swedes|Sweden
    Swiss|Switzerland
    Syrian|Syria
    Syrians|Syria
    Tajik|Tajikistan
    Tajiks|Tajikistan
    Tanzanian|Tanzania
    Tanzanians|Tanzania
    Thai|Thailand
    Thais|Thailand
    Togolese|Togo
    Tongan|Tonga
    Trinidadian|Trinidad and Tobago
    Tunisian|Tunisia
    Tunisians|Tunisia
    Turkish|Turkey
    Turk|Turkey
    Turks|Turkey
    Turkmen|Turkmenistan
    Tuvaluan|Tuvalu
    Ugandan|Uganda
    Ugandans|Uganda
    Ukrainian|Ukraine
    Ukrainians|Ukraine
    Emirati|United Arab Emirates
    Emiratis|United Arab Emirates
    British|United Kingdom
    Briton|United Kingdom
    Britons|United Kingdom
    Brit|United Kingdom
    Brits|United Kingdom
    American|United States
    Americans|United States
    Uruguayan|Uruguay
    Uruguayans|Uruguay
    Uzbek|Uzbekistan
    Uzbeks|Uzbekistan
    Vanuatuan|Vanuatu
    Ni-Vanuatu|Vanuatu
    Venezuelan|Venezuela
    Venezuelans|Venezuela
    Vietnamese|Vietnam
    Yemeni|Yemen
    Yemenis|Yemen
    Zambian|Zambia
    Zambians|Zambia
    Zimbabwean|Zimbabwe
    Zimbabweans|Zimbabwe
    Taiwanese|Taiwan
    Kosovar|Kosovo
    Kosovars|Kosovo
    Kosovan|Kosovo
    Sahrawi|Western Sahara
    Sahrawis|Western Sahara
    Abkhaz|Abkhazia
    Abkhazian|Abkhazia
    Ossetian|South Ossetia
    Ossetians|South Ossetia
    Somalilander|Somaliland
    Soviet|Soviet Union
    Soviets|Soviet Union
    Yugoslav|Yugoslavia
    Yugoslavs|Yugoslavia
    Czechoslovak|Czechoslovakia
    East German|East Germany
    East Germans|East Germany
    West German|West Germany
    Hong Konger|Hong Kong
    Hong Kongers|Hong Kong
    Macanese|Macau
    Greenlandic|Greenland
    Greenlanders|Greenland
    Faroese|Faroe Islands
    Puerto Rican|Puerto Rico
    Puerto Ricans|Puerto Rico
    Guamanian|Guam
    Caymanian|Cayman Islands
    Bermudian|Bermuda
    Gibraltarian|Gibraltar
    Gibraltarians|Gibraltar
    Falkland Islanders|Falkland Islands
    Manx|Isle of Man
    Tahitian|French Polynesia
    # Nations and regions within states
    English|England
    Englishman|England
    Englishmen|England
    Englishwoman|England
    Scottish|Scotland
    Scot|Scotland
    Scots|Scotland
    Scotsman|Scotland
    Scotsmen|Scotland
    Welsh|Wales
    Welshman|Wales
    Welshmen|Wales
    Northern Irish|Northern Ireland
    Ulsterman|Northern Ireland
    Cornish|Cornwall
    Londoner|London
    Londoners|London
    Glaswegian|Glasgow
    Glaswegians|Glasgow
    Mancunian|Manchester
    Mancunians|Manchester
    Liverpudlian|Liverpool
    Scouser|Liverpool
    Scousers|Liverpool
    Geordie|Newcastle
    Geordies|Newcastle
    Yorkshireman|Yorkshire
    Texan|Texas
    Texans|Texas
    Californian|California
    Californians|California
    Floridian|Florida
    Floridians|Florida
    New Yorker|New York
    New Yorkers|New York
    Alaskan|Alaska
    Hawaiian|Hawaii
    Hawaiians|Hawaii
    Quebecer|Quebec
    Quebecers|Quebec
    Québécois|Quebec
    Quebecois|Quebec
    Bavarian|Bavaria
    Bavarians|Bavaria
    Catalan|Catalonia
    Catalans|Catalonia
    Basque|Basque Country
    Basques|Basque Country
    Galician|Galicia
    Andalusian|Andalusia
    Corsican|Corsica
    Corsicans|Corsica
    Sicilian|Sicily
    Sicilians|Sicily
    Sardinian|Sardinia
    Neapolitan|Naples
    Venetian|Venice
    Parisian|Paris
    Parisians|Paris
    Muscovite|Moscow
    Muscovites|Moscow
    Berliner|Berlin
    Berliners|Berlin
    Flemish|Flanders
    Fleming|Flanders
    Flemings|Flanders
    Walloon|Wallonia
    Walloons|Wallonia
    Chechen|Chechnya
    Chechens|Chechnya
    Dagestani|Dagestan
    Ingush|Ingushetia
    Tatar|Tatarstan
    Tatars|Tatarstan
    Crimean Tatar|Crimea
    Crimean Tatars|Crimea
    Crimean|Crimea
    Siberian|Siberia
    Tibetan|Tibet
    Tibetans|Tibet
    Uighur|Xinjiang
    Uighurs|Xinjiang
    Uyghur|Xinjiang
    Uyghurs|Xinjiang
    Kashmiri|Kashmir
    Kashmiris|Kashmir
    Punjabi|Punjab
    Punjabis|Punjab
    Bengali|Bengal
    Bengalis|Bengal
    Tamil|Tamil Nadu
    Tamils|Tamil Nadu
    Gujarati|Gujarat
    Sindhi|Sindh
    Baloch|Balochistan
    Baluch|Balochistan
    Balochi|Balochistan
    Darfuri|Darfur
    Darfuris|Darfur
    Gazan|Gaza
    Gazans|Gaza
    Scandinavian|Scandinavia
    Scandinavians|Scandinavia
    Siberians|Siberia
    # Continental and supranational
    European|Europe
    Europeans|Europe
    African|Africa
    Africans|Africa
    Asian|Asia
    Asians|Asia
    North American|North America
    North Americans|North America
    South American|South America
    South Americans|South America
    Latin American|Latin America
    Latin Americans|Latin America
    Central American|Central America
    Central Americans|Central America
    East African|East Africa
    West African|West Africa
    North African|North Africa
    Southern African|Southern Africa
    Sub-Saharan|Sub-Saharan Africa
    South Asian|South Asia
    South Asians|South Asia
    Southeast Asian|Southeast Asia
    South-East Asian|Southeast Asia
    East Asian|East Asia
    Central Asian|Central Asia
    Middle Eastern|Middle East
    Eurasian|Eurasia
    Pacific Islander|Pacific Islands
    Pacific Islanders|Pacific Islands
    Australasian|Australasia
    Anglo-American|
    Franco-German|
    Sino-Japanese|
    # Ethnic and linguistic groups
    Kurd|
    Kurds|
    Kurdish|
    Arab|
    Arabs|
    Arabian|
    Pashtun|
    Pashtuns|
    Pathan|
    Pathans|
    Hazara|
    Hazaras|
    Berber|
    Berbers|
    Amazigh|
    Tuareg|
    Tuaregs|
    Bedouin|
    Bedouins|
    Druze|
    Copt|
    Copts|
    Coptic|
    Assyrian|
    Assyrians|
    Chaldean|
    Chaldeans|
    Yazidi|
    Yazidis|
    Yezidi|
    Turkmens|
    Turkoman|
    Turkomans|
    Circassian|
    Circassians|
    Hutu|
    Hutus|
    Tutsi|
    Tutsis|
    Zulu|
    Zulus|
    Xhosa|
    Afrikaner|
    Afrikaners|
    Afrikaans|
    Boer|
    Boers|
    Kikuyu|
    Kalenjin|
    Maasai|
    Masai|
    Amhara|
    Oromo|
    Tigrayan|
    Tigrayans|
    Igbo|
    Ibo|
    Yoruba|
    Hausa|
    Fulani|
    Ogoni|
    Ijaw|
    Dinka|
    Nuer|
    Zaghawa|
    Masalit|
    Shona|
    Ndebele|
    Han Chinese|
    Manchu|
    Mongols|
    Zhuang|
    Hmong|
    Khmer|
    Kachin|
    Rohingya|
    Rohingyas|
    Malay|
    Malays|
    Javanese|
    Acehnese|
    Papuan|
    Papuans|
    Dayak|
    Maori|
    Māori|
    Aboriginal|
    Aborigine|
    Aborigines|
    Aboriginals|
    Torres Strait Islander|
    Inuit|
    Métis|
    Native American|
    Native Americans|
    Cherokee|
    Navajo|
    Sioux|
    Apache|
    Hispanic|
    Hispanics|
    Latino|
    Latinos|
    Latina|
    Latinas|
    Latinx|
    Chicano|
    African American|
    African Americans|
    African-American|
    African-Americans|
    Afro-Caribbean|
    Asian American|
    Asian Americans|
    Asian-American|
    Arab American|
    Arab-American|
    Irish American|
    Irish-American|
    Anglo-Saxon|
    Anglo-Saxons|
    Celts|
    Slav|
    Slavs|
    Slavic|
    Roma|
    Romany|
    Romani|
    Gypsy|
    Gypsies|
    Sinti|
    Gitano|
    Sami|
    Saami|
    Sinhalese|
    Sinhala|
    Marathi|
    Dalit|
    Dalits|
    Adivasi|
    Brahmin|
    Brahmins|
    Parsi|
    Parsis|
    Gurkha|
    Gurkhas|
    Sherpa|
    Sherpas|
    Ashkenazi|
    Sephardic|
    Sephardi|
    Mizrahi|
    Ethiopian Jews|
    Falasha|
    Alawite|
    Alawites|
    Alevi|
    Alevis|
    Maronite|
    Maronites|
    Armenian Christians|
    Chaldean Catholics|
    Bosniak|
    Bosniaks|
    Bosnian Serb|
    Bosnian Serbs|
    Bosnian Croat|
    Bosnian Croats|
    Bosnian Muslim|
    Bosnian Muslims|
    Kosovo Albanian|
    Kosovo Albanians|
    Kosovo Serb|
    Kosovo Serbs|
    Ethnic Albanian|
    Ethnic Albanians|
    Russian-speaking|
    Russophone|
    Francophone|
    Francophones|
    Anglophone|
    Anglophones|
    Hispanophone|
    Lusophone|
    Hakka|
    Hokkien|
    Gulf Arab|
    Gulf Arabs|
    Marsh Arabs|
    Turkish Kurds|
    Syrian Kurds|
    Iraqi Kurds|
    Iranian Kurds|
    Israeli Arab|
    Israeli Arabs|
    Arab Israelis|
    # Religious groups
    Muslim|
    Muslims|
    Moslem|
    Moslems|
    Sunni|
    Sunnis|
    Shia|
    Shias|
    Shi'ite|
    Shi'ites|
    Shiite|
    Shiites|
    Shi'a|
    Ismaili|
    Ismailis|
    Sufi|
    Sufis|
    Salafi|
    Salafis|
    Salafist|
    Salafists|
    Wahhabi|
    Wahhabis|
    Wahhabist|
    Ahmadi|
    Ahmadis|
    Ahmadiyya|
    Deobandi|
    Barelvi|
    Christian|
    Christians|
    Catholic|
    Catholics|
    Roman Catholic|
    Roman Catholics|
    Protestant|
    Protestants|
    Anglican|
    Anglicans|
    Episcopalian|
    Episcopalians|
    Methodist|
    Methodists|
    Baptist|
    Baptists|
    Southern Baptist|
    Southern Baptists|
    Lutheran|
    Lutherans|
    Presbyterian|
    Presbyterians|
    Calvinist|
    Calvinists|
    Evangelical|
    Evangelicals|
    Pentecostal|
    Pentecostals|
    Mormon|
    Mormons|
    Quaker|
    Quakers|
    Amish|
    Mennonite|
    Mennonites|
    Greek Orthodox|
    Russian Orthodox|
    Eastern Orthodox|
    Orthodox Christian|
    Orthodox Christians|
    Jehovah's Witness|
    Jehovah's Witnesses|
    Adventist|
    Adventists|
    Seventh-day Adventist|
    Unitarian|
    Unitarians|
    Scientologist|
    Scientologists|
    Rastafarian|
    Rastafarians|
    Jew|
    Jews|
    Jewish|
    Orthodox Jew|
    Orthodox Jews|
    Ultra-Orthodox|
    Haredi|
    Haredim|
    Hasidic|
    Hasidim|
    Zionist|
    Zionists|
    Hindu|
    Hindus|
    Buddhist|
    Buddhists|
    Tibetan Buddhist|
    Tibetan Buddhists|
    Sikh|
    Sikhs|
    Jain|
    Jains|
    Zoroastrian|
    Zoroastrians|
    Baha'i|
    Bahai|
    Taoist|
    Taoists|
    Confucian|
    Shinto|
    Falun Gong practitioners|
    Pagan|
    Pagans|
    Wiccan|
    Atheist|
    Atheists|
    Humanist|
    Humanists|
    Islamist|
    Islamists|
    Jihadist|
    Jihadists|
    Jihadi|
    Jihadis|
    Mujahideen|
    Mujahedin|
    Fundamentalist|
    Fundamentalists|
    # Political groups (members; the party itself is an organisation)
    Republicans|
    Democrats|
    Conservatives|
    Tories|
    Labourites|
    Blairites|
    Brownites|
    Liberals|
    Communists|
    Communist|
    Socialists|
    Socialist|
    Social Democrats|
    Christian Democrats|
    Greens|
    Nationalists|
    Nationalist|
    Unionists|
    Unionist|
    Loyalists|
    Loyalist|
    Eurosceptic|
    Eurosceptics|
    Europhile|
    Europhiles|
    Brexiteer|
    Brexiteers|
    Remainer|
    Remainers|
    Neo-Nazi|
    Neo-Nazis|
    Nazi|
    Nazis|
    Fascist|
    Fascists|
    Marxist|
    Marxists|
    Maoist|
    Maoists|
    Leninist|
    Trotskyist|
    Trotskyists|
    Bolshevik|
    Bolsheviks|
    Stalinist|
    Anarchist|
    Anarchists|
    Libertarian|
    Libertarians|
    Neoconservative|
    Neoconservatives|
    Neocons|
    Progressives|
    Chavista|
    Chavistas|
    Peronist|
    Peronists|
    Sandinista|
    Sandinistas|
    Zapatista|
    Zapatistas|
    Gaullist|
    Gaullists|
    Thatcherite|
    Thatcherites|
    Sinn Feiners|
    Whigs|
    Federalists|
    Separatist|
    Separatists|
    Secessionists|
    Royalist|
    Royalists|
    Monarchists|
    Reformist|
    Reformists|
    Hardliners|
    Baathist|
    Baathists|
    Ba'athist|
    Ba'athists|
    Kemalist|
    Kemalists|
    Contras|
    Alawi|
    """

    /// Cities, regions, features, buildings and other places: `Canonical|alias…`. Comma forms (`Perth, Scotland`) are not used: one surface, one place.
    static let places = """
    # Capitals (cities sharing their country's name are listed under countries)
    Kabul
    Tirana|Tirane
    Algiers
    Luanda
    Buenos Aires
    Yerevan
    Canberra
    Vienna|Wien
    Baku
    Nassau
    Manama
    Dhaka|Dacca
    Bridgetown
    Minsk
    Brussels|Bruxelles|Brussel
    Belmopan
    Porto-Novo
    Thimphu
    La Paz
    Sarajevo
    Gaborone
    Brasília|Brasilia
    Bandar Seri Begawan
    Sofia
    Ouagadougou
    Gitega
    Bujumbura
    Phnom Penh
    Yaoundé|Yaounde
    Ottawa
    Bangui
    N'Djamena|Ndjamena
    Beijing|Peking
    Bogotá|Bogota
    Moroni
    Kinshasa
    Brazzaville
    San José|San Jose
    Yamoussoukro
    Abidjan
    Zagreb
    Havana|La Habana
    Nicosia
    Prague|Praha
    Copenhagen|København
    Santo Domingo
    Dili
    Quito
    Cairo
    San Salvador
    Malabo
    Asmara
    Tallinn
    Mbabane
    Addis Ababa
    Suva
    Helsinki
    Paris
    Libreville
    Banjul
    Tbilisi
    Berlin
    Accra
    Athens
    Guatemala City
    Conakry
    Bissau
    Port-au-Prince
    Tegucigalpa
    Budapest
    Reykjavik|Reykjavík
    New Delhi|Delhi
    Jakarta
    Tehran|Teheran
    Baghdad
    Dublin
    Jerusalem|East Jerusalem|West Jerusalem
    Rome
    Tokyo
    Amman
    Astana|Nur-Sultan
    Nairobi
    Tarawa
    Kuwait City
    Bishkek
    Vientiane
    Riga
    Beirut
    Maseru
    Monrovia
    Tripoli
    Vaduz
    Vilnius
    Antananarivo
    Lilongwe
    Kuala Lumpur|KL
    Malé
    Bamako
    Valletta
    Majuro
    Nouakchott
    Port Louis
    Mexico City
    Palikir
    Chisinau|Chişinău|Kishinev
    Ulan Bator|Ulaanbaatar
    Podgorica
    Rabat
    Maputo
    Naypyidaw|Nay Pyi Taw|Naypyitaw
    Windhoek
    Kathmandu
    Amsterdam
    The Hague|Den Haag
    Wellington
    Managua
    Niamey
    Abuja
    Pyongyang
    Skopje
    Oslo
    Muscat
    Islamabad
    Ngerulmud
    Ramallah
    Panama City
    Port Moresby
    Asunción|Asuncion
    Lima
    Manila|Metro Manila
    Warsaw|Warszawa
    Lisbon|Lisboa
    Doha
    Bucharest
    Moscow
    Kigali
    Apia
    São Tomé|Sao Tome
    Riyadh
    Dakar
    Belgrade|Beograd
    Freetown
    Bratislava
    Ljubljana
    Honiara
    Mogadishu
    Pretoria|Tshwane
    Cape Town
    Seoul
    Juba
    Madrid
    Colombo
    Sri Jayawardenepura Kotte
    Khartoum
    Paramaribo
    Stockholm
    Bern|Berne
    Damascus
    Taipei
    Dushanbe
    Dodoma
    Dar es Salaam
    Bangkok|Krung Thep
    Lomé|Lome
    Nuku'alofa
    Port of Spain
    Tunis
    Ankara
    Ashgabat|Ashkhabad
    Funafuti
    Kampala
    Kyiv|Kiev
    Abu Dhabi
    London
    Washington|Washington DC|Washington, DC|Washington D.C.|Washington, D.C.|DC|D.C.
    Montevideo
    Tashkent
    Port Vila
    Caracas
    Hanoi
    Sanaa|Sana'a|Sana’a
    Lusaka
    Harare
    Pristina|Prishtina
    Laayoune|El Aaiún
    Hargeisa
    Sukhumi
    Tskhinvali
    Tiraspol
    Stepanakert
    Nuuk
    San Juan
    St Helier
    St Peter Port
    Nouméa|Noumea
    Papeete
    Road Town
    Hagåtña|Hagatna
    Kingston
    Santiago|Santiago de Chile
    Georgetown
    Sucre
    Praia
    Roseau
    Kingstown
    Castries
    Basseterre
    St George's
    Port Stanley
    George Town
    # Major cities: United States
    New York|New York City|NYC|N.Y.C.
    Los Angeles|LA|L.A.
    Chicago
    Houston
    Philadelphia|Philly
    San Antonio
    San Diego
    Dallas
    San Francisco|SF
    Fort Worth
    Indianapolis
    Seattle
    Denver
    Boston
    El Paso
    Nashville
    Detroit
    Oklahoma City
    Las Vegas|Vegas
    Louisville
    Baltimore
    Milwaukee
    Albuquerque
    Tucson
    Fresno
    Sacramento
    Kansas City
    Atlanta
    Miami
    Raleigh
    Omaha
    Minneapolis
    St Paul|St. Paul|Saint Paul
    Cleveland
    Tulsa
    Tampa
    New Orleans
    Honolulu
    Anchorage
    Pittsburgh
    Cincinnati
    St Louis|St. Louis|Saint Louis
    Orlando
    Salt Lake City
    Birmingham
    Hartford
    Albany
    Trenton
    Newark
    Jersey City
    Annapolis
    Harrisburg
    Boise
    Des Moines
    Little Rock
    Baton Rouge
    Tallahassee
    Charleston
    Santa Fe
    Cheyenne
    Bismarck
    Topeka
    Lansing
    Frankfort
    Montpelier
    Juneau
    Carson City
    Reno
    Palo Alto
    Cupertino
    Mountain View
    Menlo Park
    Redmond
    Berkeley
    Oakland
    Santa Monica
    Beverly Hills
    Pasadena
    Long Beach
    Bronx
    Staten Island
    Long Island
    Princeton
    Ferguson
    Guantanamo Bay|Guantánamo Bay|Guantanamo|Guantánamo
    Pearl Harbor
    Fort Hood
    Fort Bragg
    Camp David
    Mar-a-Lago
    Martha's Vineyard
    Hamptons
    Key West
    Sandy Hook
    Uvalde
    Waco
    Roswell
    Cape Canaveral
    Ground Zero
    # Major cities: Canada
    Toronto
    Montreal|Montréal
    Vancouver
    Calgary
    Edmonton
    Winnipeg
    Quebec City|Québec City
    Halifax
    Saskatoon
    St John's
    Fredericton
    Charlottetown
    Whitehorse
    Yellowknife
    Iqaluit
    Mississauga
    # Major cities: Latin America and the Caribbean
    São Paulo|Sao Paulo
    Rio de Janeiro|Rio
    Belo Horizonte
    Recife
    Fortaleza
    Porto Alegre
    Curitiba
    Manaus
    Belém|Belem
    Guadalajara
    Monterrey
    Tijuana
    Ciudad Juárez|Ciudad Juarez|Juárez|Juarez
    Cancún|Cancun
    Acapulco
    Puebla
    Veracruz
    Oaxaca
    Culiacán|Culiacan
    Chihuahua
    Medellín|Medellin
    Cali
    Cartagena
    Barranquilla
    Maracaibo
    Guayaquil
    Cusco|Cuzco
    Arequipa
    Valparaíso|Valparaiso
    Córdoba|Cordoba
    Rosario
    Mendoza
    Cochabamba
    Punta del Este
    Montego Bay
    San Pedro Sula
    # Major cities: United Kingdom and Ireland
    Manchester
    Liverpool
    Leeds
    Sheffield
    Bristol
    Newcastle|Newcastle upon Tyne
    Nottingham
    Leicester
    Coventry
    Bradford
    Stoke-on-Trent|Stoke
    Wolverhampton
    Plymouth
    Southampton
    Portsmouth
    Brighton|Brighton and Hove
    Oxford
    Cambridge
    York
    Exeter
    Norwich
    Ipswich
    Luton
    Milton Keynes
    Swindon
    Northampton
    Peterborough
    Gloucester
    Cheltenham
    Worcester
    Canterbury
    Sunderland
    Middlesbrough
    Blackpool
    Wigan
    Blackburn
    Burnley
    Huddersfield
    Wakefield
    Doncaster
    Rotherham
    Barnsley
    Carlisle
    Salisbury
    Winchester
    Slough
    Watford
    Croydon
    Wimbledon
    Westminster
    Camden
    Hackney
    Islington
    Brixton
    Tottenham
    Canary Wharf
    Soho
    Notting Hill
    Kensington
    Heathrow|Heathrow Airport
    Gatwick|Gatwick Airport
    Stansted|Stansted Airport
    Glasgow
    Edinburgh
    Aberdeen
    Dundee
    Inverness
    Stirling
    Paisley
    Lockerbie
    Cardiff
    Swansea
    Wrexham
    Belfast
    Derry|Londonderry|Derry/Londonderry
    Armagh
    Omagh
    Newry
    Lisburn
    Cork
    Limerick
    Galway
    Waterford
    Kilkenny
    # Major cities: Europe
    Hamburg
    Munich|München
    Cologne|Köln
    Frankfurt|Frankfurt am Main
    Stuttgart
    Düsseldorf|Dusseldorf
    Dortmund
    Essen
    Leipzig
    Dresden
    Bremen
    Hanover|Hannover
    Nuremberg|Nürnberg
    Bonn
    Heidelberg
    Karlsruhe
    Wiesbaden
    Mainz
    Kiel
    Rostock
    Potsdam
    Magdeburg
    Freiburg
    Augsburg
    Dachau
    Marseille|Marseilles
    Lyon|Lyons
    Toulouse
    Nantes
    Strasbourg
    Montpellier
    Bordeaux
    Lille
    Rennes
    Reims
    Le Havre
    Calais
    Cannes
    Monte Carlo
    Versailles
    Grenoble
    Toulon
    Ajaccio
    Barcelona
    Valencia
    Seville|Sevilla
    Zaragoza
    Málaga|Malaga
    Bilbao
    Las Palmas
    Alicante
    Granada
    San Sebastián|San Sebastian|Donostia
    Pamplona
    Santiago de Compostela
    Ceuta
    Melilla
    Milan|Milano
    Naples|Napoli
    Palermo
    Genoa|Genova
    Bologna
    Florence|Firenze
    Venice|Venezia
    Verona
    Bari
    Catania
    Pisa
    Trieste
    Lampedusa
    Porto|Oporto
    Faro
    Coimbra
    Rotterdam
    Utrecht
    Eindhoven
    Antwerp|Antwerpen|Anvers
    Ghent|Gent
    Bruges|Brugge
    Liège|Liege
    Geneva|Genève|Genf
    Zurich|Zürich
    Basel|Basle
    Lausanne
    Davos
    Lucerne|Luzern
    Innsbruck
    Graz
    Linz
    Gothenburg|Göteborg
    Malmö|Malmo
    Uppsala
    Bergen
    Trondheim
    Stavanger
    Aarhus|Århus
    Odense
    Espoo
    Tampere
    Turku
    Kraków|Krakow|Cracow
    Gdańsk|Gdansk
    Wrocław|Wroclaw
    Łódź|Lodz
    Poznań|Poznan
    Katowice
    Szczecin
    Auschwitz|Oświęcim
    Brno
    Ostrava
    Košice|Kosice
    Debrecen
    Cluj-Napoca|Cluj
    Timișoara|Timisoara
    Constanța|Constanta
    Iași|Iasi
    Plovdiv
    Varna
    Thessaloniki|Salonika
    Piraeus
    Patras
    Heraklion
    Dubrovnik
    Rijeka
    Novi Sad
    Niš|Nis
    Banja Luka
    Mostar
    Srebrenica
    Tuzla
    Mitrovica
    Prizren
    Ohrid
    Durrës|Durres
    Limassol
    Larnaca
    Famagusta
    Kyrenia
    Saint Petersburg|St Petersburg|St. Petersburg|Leningrad
    Novosibirsk
    Yekaterinburg
    Kazan
    Nizhny Novgorod
    Chelyabinsk
    Samara
    Omsk
    Rostov-on-Don|Rostov
    Ufa
    Krasnoyarsk
    Perm
    Voronezh
    Volgograd|Stalingrad
    Krasnodar
    Sochi
    Vladivostok
    Kaliningrad
    Murmansk
    Irkutsk
    Grozny
    Beslan
    Nalchik
    Makhachkala
    Magas
    Norilsk
    Khabarovsk
    Kursk
    Belgorod
    Bryansk
    Smolensk
    Pskov
    Novorossiysk
    Sevastopol
    Simferopol
    Kharkiv|Kharkov
    Odesa|Odessa
    Dnipro|Dnipropetrovsk
    Donetsk
    Luhansk|Lugansk
    Zaporizhzhia|Zaporozhye
    Lviv|Lvov
    Mariupol
    Kherson
    Mykolaiv|Nikolaev
    Bakhmut|Artemivsk
    Avdiivka
    Chernobyl|Chornobyl
    Bucha
    Irpin
    Kramatorsk
    Sloviansk|Slavyansk
    Sumy
    Poltava
    Chernihiv
    Vinnytsia
    Gomel|Homel
    Grodno|Hrodna
    Vitebsk
    Daugavpils
    Kaunas
    Klaipėda|Klaipeda
    Tartu
    Narva
    Batumi
    Kutaisi
    Gori
    Gyumri
    Ganja
    Istanbul|Constantinople
    Izmir|Smyrna
    Antalya
    Bursa
    Adana
    Gaziantep
    Diyarbakir|Diyarbakır
    Konya
    Kayseri
    Trabzon
    Şanlıurfa|Sanliurfa|Urfa
    Hatay
    Antakya
    Kahramanmaraş|Kahramanmaras
    Bodrum
    # Major cities: Middle East and North Africa
    Tel Aviv|Tel Aviv-Yafo
    Haifa
    Jaffa
    Eilat
    Beersheba|Be'er Sheva
    Ashkelon
    Ashdod
    Sderot
    Netanya
    Nazareth
    Hebron|Al-Khalil
    Bethlehem
    Nablus
    Jenin
    Jericho
    Tulkarm
    Qalqilya
    Gaza City
    Rafah
    Khan Younis|Khan Yunis
    Jabalia|Jabaliya
    Beit Hanoun
    Deir al-Balah
    Nuseirat
    Sidon|Saida
    Baalbek
    Aleppo
    Homs
    Hama
    Latakia
    Idlib
    Deir ez-Zor|Deir al-Zour|Deir Ezzor
    Raqqa|Raqqah
    Kobani|Kobane|Ain al-Arab
    Daraa|Deraa
    Palmyra
    Douma
    Ghouta|Eastern Ghouta
    Qamishli
    Afrin
    Manbij
    Tartus
    Basra|Basrah
    Mosul
    Erbil|Arbil|Irbil
    Kirkuk
    Najaf
    Karbala|Kerbala
    Fallujah|Falluja
    Ramadi
    Tikrit
    Samarra
    Baquba|Baqubah
    Sulaimaniya|Sulaymaniyah|Sulaimaniyah
    Halabja
    Nasiriya|Nasiriyah
    Umm Qasr
    Dohuk|Duhok
    Sinjar
    Abu Ghraib
    Haditha
    Sadr City
    Green Zone
    Mashhad
    Isfahan|Esfahan
    Shiraz
    Tabriz
    Qom
    Ahvaz
    Kermanshah
    Bushehr
    Natanz
    Fordow|Fordo
    Bandar Abbas
    Zahedan
    Jeddah|Jiddah
    Mecca|Makkah
    Medina|Madinah
    Dammam
    Dhahran
    Khobar|Al Khobar
    Taif
    Dubai
    Sharjah
    Ajman
    Ras al-Khaimah
    Fujairah
    Al Ain
    Aden
    Taiz
    Hodeidah|Hudaydah
    Mukalla
    Saada|Sa'ada
    Salalah
    Alexandria
    Giza
    Luxor
    Aswan
    Port Said
    Suez
    Ismailia
    Sharm el-Sheikh|Sharm el Sheikh|Sharm
    Hurghada
    Benghazi
    Misrata|Misurata
    Sirte
    Tobruk
    Derna
    Sabha
    Zawiya
    Oran
    Annaba
    Sfax
    Sousse
    Casablanca
    Marrakesh|Marrakech
    Fez|Fes
    Tangier|Tangiers
    Agadir
    Nouadhibou
    # Major cities: Sub-Saharan Africa
    Lagos
    Kano
    Ibadan
    Port Harcourt
    Kaduna
    Maiduguri
    Jos
    Benin City
    Enugu
    Sokoto
    Warri
    Kumasi
    Tamale
    Timbuktu|Tombouctou
    Kidal
    Agadez
    Zinder
    Touba
    Saint-Louis
    Kankan
    Douala
    Bamenda
    Pointe-Noire
    Lubumbashi
    Goma
    Bukavu
    Kisangani
    Bunia
    Mbuji-Mayi
    Kananga
    Mombasa
    Kisumu
    Nakuru
    Eldoret
    Garissa
    Entebbe
    Gulu
    Arusha
    Zanzibar
    Mwanza
    Mekelle|Mek'ele
    Gondar
    Bahir Dar
    Dire Dawa
    Kismayo
    Baidoa
    Beledweyne
    Bosaso
    Berbera
    Port Sudan
    Omdurman
    El Fasher|Al-Fashir
    Nyala
    Geneina|El Geneina
    Malakal
    Wau
    Butare
    Bulawayo
    Mutare
    Ndola
    Kitwe
    Blantyre
    Nampula
    Huambo
    Lobito
    Cabinda
    Johannesburg|Jo'burg|Joburg|Jozi
    Durban
    Port Elizabeth|Gqeberha
    Bloemfontein
    Soweto
    Pietermaritzburg
    East London
    Stellenbosch
    Polokwane
    Marikana
    Sharpeville
    Walvis Bay
    Antsirabe
    Toamasina
    # Major cities: Asia
    Shanghai
    Guangzhou|Canton
    Shenzhen
    Tianjin|Tientsin
    Chongqing|Chungking
    Chengdu
    Wuhan
    Nanjing|Nanking
    Hangzhou
    Xi'an|Xian
    Shenyang
    Harbin
    Dalian
    Qingdao|Tsingtao
    Suzhou
    Xiamen|Amoy
    Kunming
    Lhasa
    Urumqi|Ürümqi
    Kashgar
    Changsha
    Zhengzhou
    Jinan
    Fuzhou
    Hefei
    Nanning
    Guiyang
    Lanzhou
    Taiyuan
    Shijiazhuang
    Hohhot
    Changchun
    Dongguan
    Foshan
    Ningbo
    Wenzhou
    Sanya
    Yiwu
    Zhuhai
    Kowloon
    Kaohsiung
    Taichung
    Tainan
    Busan|Pusan
    Incheon|Inchon
    Daegu|Taegu
    Gwangju|Kwangju
    Daejeon
    Ulsan
    Panmunjom
    Kaesong
    Yongbyon
    Sinuiju
    Wonsan
    Osaka
    Yokohama
    Nagoya
    Kyoto
    Kobe
    Sapporo
    Fukuoka
    Hiroshima
    Nagasaki
    Sendai
    Fukushima
    Okinawa
    Naha
    Kawasaki
    Chiba
    Kitakyushu
    Niigata
    Kagoshima
    Mumbai|Bombay
    Kolkata|Calcutta
    Chennai|Madras
    Bangalore|Bengaluru
    Hyderabad
    Ahmedabad
    Pune|Poona
    Surat
    Jaipur
    Lucknow
    Kanpur
    Nagpur
    Indore
    Bhopal
    Patna
    Vadodara|Baroda
    Ludhiana
    Agra
    Varanasi|Benares
    Amritsar
    Srinagar
    Jammu
    Chandigarh
    Kochi|Cochin
    Thiruvananthapuram|Trivandrum
    Coimbatore
    Madurai
    Visakhapatnam|Vizag
    Bhubaneswar
    Guwahati
    Ranchi
    Raipur
    Dehradun
    Shimla|Simla
    Panaji
    Gurgaon|Gurugram
    Noida
    Ayodhya
    Mathura
    Allahabad|Prayagraj
    Dharamsala|Dharamshala
    Karachi
    Lahore
    Faisalabad
    Rawalpindi
    Multan
    Peshawar
    Quetta
    Gujranwala
    Sialkot
    Abbottabad
    Mingora
    Muzaffarabad
    Gilgit
    Chittagong|Chattogram
    Khulna
    Sylhet
    Rajshahi
    Cox's Bazar
    Pokhara
    Kandy
    Jaffna
    Galle
    Trincomalee
    Batticaloa
    Mandalay
    Yangon|Rangoon
    Mawlamyine|Moulmein
    Sittwe
    Chiang Mai
    Phuket
    Pattaya
    Hat Yai
    Ho Chi Minh City|Saigon
    Haiphong|Hai Phong
    Da Nang|Danang
    Siem Reap
    Battambang
    Luang Prabang
    Surabaya
    Bandung
    Medan
    Semarang
    Makassar
    Palembang
    Denpasar
    Bali
    Yogyakarta|Jogjakarta
    Banda Aceh
    Ambon
    Jayapura
    Penang|George Town, Penang
    Johor Bahru
    Kota Kinabalu
    Kuching
    Putrajaya
    Ipoh
    Malacca|Melaka
    Cebu|Cebu City
    Davao|Davao City
    Quezon City
    Makati
    Zamboanga
    Marawi
    Tacloban
    Almaty|Alma-Ata
    Shymkent
    Karaganda
    Samarkand
    Bukhara
    Andijan
    Osh
    Jalalabad
    Kandahar
    Herat
    Mazar-i-Sharif|Mazar-e-Sharif
    Kunduz
    Lashkar Gah
    Ghazni
    Bagram
    Tora Bora
    Khost
    Bamiyan
    # Major cities: Oceania
    Sydney
    Melbourne
    Brisbane
    Perth
    Adelaide
    Hobart
    Darwin
    Gold Coast
    Wollongong
    Geelong
    Townsville
    Cairns
    Alice Springs
    Auckland
    Christchurch
    Dunedin
    Queenstown
    Rotorua
    Nadi
    Lautoka
    # Cities restored (also names or words; the recogniser weighs context)
    Phoenix
    Austin
    Portland
    Jacksonville
    Columbus
    Charlotte
    Memphis
    Richmond
    Savannah
    Montgomery
    Springfield
    Augusta
    Salem
    Buffalo
    Hollywood
    Brooklyn
    Manhattan
    Queens
    Harlem
    Stratford
    Windsor
    Eton
    Durham
    Chester
    Preston
    Bolton
    Derby
    Hull|Kingston upon Hull
    Newport
    Bangor
    Langley
    Quantico
    Arlington
    Palma|Palma de Mallorca
    Salzburg
    Turin|Torino
    Flint
    Santa Cruz
    Swat|Swat Valley
    Amara
    Kut
    Hilla
    Marib
    Mopti
    Beira
    Pemba
    Brest
    Dover
    Concord
    Regina
    # US states (Georgia is listed once, under countries; Washington the city is a capital)
    Alabama|Ala.
    Alaska
    Arizona|Ariz.
    Arkansas|Ark.
    California|Calif.|Cal.
    Colorado|Colo.
    Connecticut|Conn.
    Delaware|Del.
    Florida|Fla.
    Hawaii
    Idaho
    Illinois|Ill.
    Indiana|Ind.
    Iowa
    Kansas|Kan.
    Kentucky|Ky.
    Louisiana|La.
    Maine
    Maryland|Md.
    Massachusetts|Mass.
    Michigan|Mich.
    Minnesota|Minn.
    Mississippi
    Missouri|Mo.
    Montana|Mont.
    Nebraska|Neb.
    Nevada|Nev.
    New Hampshire|N.H.
    New Jersey|N.J.
    New Mexico|N.M.
    New York State|New York state|N.Y.
    North Carolina|N.C.
    North Dakota|N.D.
    Ohio
    Oklahoma|Okla.
    Oregon|Ore.
    Pennsylvania|Pa.|Penn.
    Rhode Island|R.I.
    South Carolina|S.C.
    South Dakota|S.D.
    Tennessee|Tenn.
    Texas|Tex.
    Utah
    Vermont|Vt.
    Virginia|Va.
    Washington State|Washington state|Wash.
    West Virginia|W.Va.
    Wisconsin|Wis.
    Wyoming|Wyo.
    # Canadian provinces and territories
    Ontario|Ont.
    Quebec|Québec
    British Columbia|B.C.
    Alberta
    Manitoba
    Saskatchewan
    Nova Scotia
    New Brunswick
    Newfoundland and Labrador|Newfoundland|Labrador
    Prince Edward Island|PEI
    Yukon
    Northwest Territories
    Nunavut
    # Australian states and territories
    New South Wales|NSW
    Victoria
    Queensland
    Western Australia|WA
    South Australia
    Tasmania
    Northern Territory
    Australian Capital Territory|ACT
    Outback
    Great Barrier Reef
    Bondi|Bondi Beach
    Parramatta
    # New Zealand regions
    North Island
    South Island
    Waikato
    # United Kingdom: nations, regions, counties, areas
    England
    Scotland
    Wales|Cymru
    Northern Ireland|Ulster
    Home Counties
    Midlands
    West Midlands
    East Midlands
    North East England|North East
    North West England|North West
    South East England|South East
    South West England|South West
    East Anglia
    Yorkshire
    West Yorkshire
    South Yorkshire
    North Yorkshire
    East Yorkshire
    Lancashire
    Merseyside
    Greater Manchester
    Tyneside
    Teesside
    Wearside
    Cumbria
    Lake District
    Northumberland
    County Durham
    Cheshire
    Derbyshire
    Nottinghamshire
    Leicestershire
    Lincolnshire
    Staffordshire
    Shropshire
    Warwickshire
    Worcestershire
    Herefordshire
    Gloucestershire
    Oxfordshire
    Buckinghamshire
    Bedfordshire
    Hertfordshire
    Cambridgeshire
    Northamptonshire
    Norfolk
    Suffolk
    Essex
    Kent
    Surrey
    Sussex|East Sussex|West Sussex
    Hampshire
    Berkshire
    Wiltshire
    Dorset
    Somerset
    Devon
    Cornwall
    Isle of Wight
    Cotswolds
    Greater London
    City of London
    East End
    West End
    South Bank
    Highlands|Scottish Highlands
    Hebrides|Western Isles|Outer Hebrides
    Orkney|Orkney Islands
    Shetland|Shetland Islands
    Fife
    Lothian
    Strathclyde
    Ayrshire
    Lanarkshire
    Aberdeenshire
    Dumfries and Galloway
    Snowdonia|Eryri
    Anglesey
    Pembrokeshire
    Gwynedd
    Powys
    Antrim|County Antrim
    Tyrone|County Tyrone
    Fermanagh|County Fermanagh
    Connacht
    Munster
    Leinster
    Donegal|County Donegal
    Wicklow|County Wicklow
    # India: states and territories
    Andhra Pradesh
    Arunachal Pradesh
    Assam
    Bihar
    Chhattisgarh
    Goa
    Gujarat
    Haryana
    Himachal Pradesh
    Jharkhand
    Karnataka
    Kerala
    Madhya Pradesh
    Maharashtra
    Manipur
    Meghalaya
    Mizoram
    Nagaland
    Odisha|Orissa
    Punjab
    Rajasthan
    Sikkim
    Tamil Nadu
    Telangana
    Tripura
    Uttar Pradesh
    Uttarakhand|Uttaranchal
    West Bengal
    Bengal
    Jammu and Kashmir|Jammu & Kashmir
    Ladakh
    Andaman and Nicobar Islands|Andaman Islands
    Lakshadweep
    Puducherry|Pondicherry
    # Pakistan, Afghanistan and neighbours: provinces and regions
    Sindh|Sind
    Balochistan|Baluchistan
    Khyber Pakhtunkhwa|North-West Frontier Province|NWFP
    Federally Administered Tribal Areas|FATA|Tribal Areas
    Waziristan|North Waziristan|South Waziristan
    Gilgit-Baltistan
    Azad Kashmir|Pakistan-administered Kashmir
    Helmand
    Kunar
    Nangarhar
    Paktia
    Paktika
    Panjshir|Panjshir Valley
    Badakhshan
    Wakhan Corridor
    # China: provinces and regions
    Guangdong
    Fujian
    Zhejiang
    Jiangsu
    Shandong
    Hebei
    Henan
    Hubei
    Hunan
    Sichuan|Szechuan
    Yunnan
    Guizhou
    Guangxi
    Hainan
    Jiangxi
    Anhui
    Shanxi
    Shaanxi
    Gansu
    Qinghai
    Ningxia
    Liaoning
    Jilin
    Heilongjiang
    Inner Mongolia
    Xinjiang|East Turkestan
    Tibet|Xizang
    Pearl River Delta
    Yangtze River Delta
    # Japan, Korea and Southeast Asia regions
    Hokkaido
    Honshu
    Kyushu
    Shikoku
    Kanto
    Kansai
    Jeju|Jeju Island|Cheju
    Mindanao
    Luzon
    Visayas
    Sulu
    Aceh
    Papua|West Papua
    Java
    Sumatra
    Borneo
    Kalimantan
    Sulawesi|Celebes
    Sabah
    Sarawak
    Rakhine|Rakhine State|Arakan
    Shan State
    Kachin State
    Karen State|Kayin State
    Mekong Delta
    Golden Triangle
    # Germany: Länder
    Baden-Württemberg|Baden-Wurttemberg
    Bavaria
    Brandenburg
    Hesse|Hessen
    Lower Saxony|Niedersachsen
    Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
    North Rhine-Westphalia|NRW|Nordrhein-Westfalen
    Rhineland-Palatinate|Rheinland-Pfalz
    Saarland
    Saxony|Sachsen
    Saxony-Anhalt|Sachsen-Anhalt
    Schleswig-Holstein
    Thuringia|Thüringen
    Ruhr|Ruhr valley|Ruhr Valley
    Black Forest
    Rhineland
    # France, Italy, Spain, Belgium and other European regions
    Brittany|Bretagne
    Normandy|Normandie
    Provence
    Provence-Alpes-Côte d'Azur
    Côte d'Azur|French Riviera|Riviera
    Alsace
    Lorraine
    Burgundy
    Champagne
    Île-de-France|Ile-de-France
    Aquitaine
    Occitanie|Languedoc
    Corsica|Corse
    Dordogne
    Loire Valley
    Lombardy|Lombardia
    Piedmont|Piemonte
    Veneto
    Tuscany|Toscana
    Emilia-Romagna
    Lazio
    Campania
    Calabria
    Puglia|Apulia
    Sicily|Sicilia
    Sardinia|Sardegna
    South Tyrol|Alto Adige
    Catalonia|Catalunya|Cataluña
    Basque Country|Euskadi|Basque region
    Andalusia|Andalucía|Andalucia
    Galicia
    Castile|Castilla
    Navarre|Navarra
    Aragon
    Canary Islands|Canaries
    Balearic Islands|Balearics
    Mallorca|Majorca
    Ibiza
    Tenerife
    Gran Canaria
    Lanzarote
    Costa del Sol
    Costa Brava
    Algarve
    Madeira
    Azores
    Flanders|Vlaanderen
    Wallonia|Wallonie
    Transylvania
    Bessarabia
    Silesia
    Pomerania
    Bohemia
    Moravia
    Dalmatia
    Istria
    Vojvodina
    Republika Srpska
    Sandzak
    Peloponnese
    Crete
    Rhodes
    Corfu
    Lesbos|Lesvos
    Santorini
    Mykonos
    Kos
    Chios
    Samos
    Thrace
    Anatolia
    Kurdistan
    Iraqi Kurdistan|Kurdistan Region
    Cappadocia
    Lapland
    Jutland
    Karelia
    Kola Peninsula
    # Russia and the former Soviet Union: regions
    Chechnya|Chechen Republic
    Dagestan|Daghestan
    Ingushetia
    North Ossetia
    Kabardino-Balkaria
    Tatarstan
    Bashkortostan
    Siberia
    Far East|Russian Far East
    Urals|Ural Mountains
    Caucasus|North Caucasus
    Kuril Islands|Kurils|Northern Territories
    Sakhalin
    Kamchatka
    Yakutia
    Chukotka
    Donbas|Donbass
    Crimea|Crimean peninsula
    Transcarpathia
    Fergana Valley|Ferghana Valley
    # Middle East and Africa: regions and territories
    Gaza|Gaza Strip
    West Bank
    Golan Heights|Golan
    Sinai|Sinai Peninsula
    Negev
    Galilee
    Judea and Samaria
    Old City
    Temple Mount|Haram al-Sharif
    Al-Aqsa|Al-Aqsa Mosque|al-Aqsa
    Dome of the Rock
    Western Wall|Wailing Wall
    Church of the Holy Sepulchre
    Shebaa Farms
    Bekaa Valley|Bekaa
    Anbar|Anbar province
    Nineveh|Nineveh province|Ninevah
    Diyala
    Salahuddin|Salahuddin province
    Sunni Triangle
    Hadramawt|Hadramaut|Hadhramaut
    Hejaz
    Khuzestan
    Sistan-Baluchestan|Sistan and Baluchestan
    Darfur|North Darfur|South Darfur|West Darfur
    Kordofan|South Kordofan
    Abyei
    Tigray
    Oromia
    Afar
    Ogaden
    Puntland
    Jubaland
    Cabo Delgado
    Casamance
    Katanga
    North Kivu
    South Kivu
    Ituri
    Kivu
    Niger Delta
    Biafra
    Borno|Borno State
    Lagos State
    Kano State
    Plateau State
    Kaduna State
    Sahel
    Maghreb
    Cyrenaica
    Tripolitania
    Fezzan
    Rift Valley
    Serengeti
    Okavango
    Kalahari|Kalahari Desert
    Namib|Namib Desert
    Sahara|Sahara Desert
    Kruger National Park|Kruger Park
    Kilimanjaro|Mount Kilimanjaro
    Mount Kenya
    Mount Elgon
    # Americas: regions
    Patagonia
    Amazonia|Amazon rainforest|Amazon basin
    Pampas
    Andes|Andes Mountains
    Altiplano
    Chiapas
    Sinaloa
    Michoacán|Michoacan
    Guerrero
    Tamaulipas
    Baja California
    Yucatán|Yucatan|Yucatán Peninsula
    Darién Gap|Darien Gap
    Atacama|Atacama Desert
    Tierra del Fuego
    Galápagos|Galapagos|Galápagos Islands|Galapagos Islands
    Easter Island|Rapa Nui
    Mosquito Coast
    Appalachia|Appalachians|Appalachian Mountains
    Rocky Mountains|Rockies
    Great Plains
    Midwest|Mid-West
    Deep South
    New England
    Pacific Northwest
    Bible Belt
    Rust Belt
    Sun Belt
    Gulf Coast
    East Coast
    West Coast
    Bay Area|San Francisco Bay Area
    Silicon Valley
    Napa Valley
    Death Valley
    Grand Canyon
    Yellowstone|Yellowstone National Park
    Yosemite
    Everglades
    Niagara Falls
    Mojave Desert|Mojave
    Great Lakes
    Lake Michigan
    Lake Superior
    Lake Erie
    Lake Ontario
    Lake Huron
    Florida Keys
    Puget Sound
    Klondike
    Prairies|Canadian Prairies
    Arctic Circle
    Northwest Passage
    Hudson Bay
    Greater Antilles
    Lesser Antilles
    West Indies
    Hispaniola
    # Continents and world regions
    Europe
    Asia
    Africa
    North America
    South America
    Central America
    Latin America
    Antarctica|Antarctic
    Arctic
    Oceania
    Australasia
    Eurasia
    Middle East|Mideast
    Near East
    Gulf|Persian Gulf|Arabian Gulf
    Gulf states
    Levant
    Balkans|Western Balkans
    Caribbean
    Scandinavia
    Nordic countries|Nordics
    Baltic states|Baltics
    Baltic|Baltic region
    Mediterranean|Mediterranean Sea
    Eastern Europe
    Western Europe
    Central Europe
    Northern Europe
    Southern Europe
    Southeast Europe|South-East Europe|South-eastern Europe
    Iberia|Iberian Peninsula
    Low Countries|Benelux
    Eurozone|Euro zone
    Schengen area|Schengen zone|Schengen
    East Africa
    West Africa
    North Africa
    Southern Africa
    Central Africa
    Horn of Africa
    Sub-Saharan Africa|sub-Saharan Africa|Subsaharan Africa
    Great Lakes region
    Middle America
    South Asia
    Southeast Asia|South-East Asia|South East Asia
    East Asia
    Central Asia
    West Asia
    Asia-Pacific|Asia Pacific
    Indian subcontinent|Subcontinent
    Indochina
    Korean Peninsula|Korean peninsula
    Arabian Peninsula|Arabia
    Pacific Islands|Pacific islands
    Polynesia
    Melanesia
    Western Hemisphere
    Northern Hemisphere
    Southern Hemisphere
    Global South
    Third World
    Kashmir
    Aksai Chin
    Siachen|Siachen Glacier
    Line of Control|LoC
    Durand Line
    Khyber Pass
    Demilitarized Zone|Demilitarised Zone|DMZ
    38th parallel
    Green Line
    Blue Line
    Philadelphi Corridor|Philadelphi corridor
    Suwalki Gap
    # Oceans, seas, gulfs, straits
    Atlantic|Atlantic Ocean|North Atlantic|South Atlantic
    Pacific|Pacific Ocean|South Pacific|North Pacific
    Indian Ocean
    Arctic Ocean
    Southern Ocean
    North Sea
    Irish Sea
    English Channel|La Manche
    Celtic Sea
    Bay of Biscay
    Norwegian Sea
    Barents Sea
    Baltic Sea
    Black Sea
    Caspian Sea|Caspian
    Sea of Azov|Azov Sea
    Aegean|Aegean Sea
    Adriatic|Adriatic Sea
    Ionian Sea
    Tyrrhenian Sea
    Ligurian Sea
    Red Sea
    Dead Sea
    Sea of Galilee
    Arabian Sea
    Gulf of Oman
    Gulf of Aden
    Gulf of Aqaba
    Gulf of Suez
    Strait of Hormuz|Straits of Hormuz|Hormuz
    Bab el-Mandeb|Bab al-Mandab
    Suez Canal
    Bosphorus|Bosporus
    Dardanelles
    Strait of Gibraltar|Straits of Gibraltar
    Strait of Dover|Straits of Dover
    Kerch Strait
    Strait of Malacca|Malacca Strait
    Taiwan Strait|Taiwan Straits|Strait of Taiwan
    South China Sea
    East China Sea
    Yellow Sea
    Sea of Japan|East Sea
    Sea of Okhotsk
    Bering Sea
    Bering Strait
    Philippine Sea
    Coral Sea
    Tasman Sea
    Timor Sea
    Java Sea
    Andaman Sea
    Bay of Bengal
    Gulf of Mexico|Gulf of America
    Gulf of Guinea
    Gulf of Thailand
    Gulf of Finland
    Gulf of Alaska
    Gulf of California|Sea of Cortez
    Caribbean Sea
    Sargasso Sea
    Labrador Sea
    Beaufort Sea
    Panama Canal
    Kiel Canal
    Spratly Islands|Spratlys
    Paracel Islands|Paracels
    Senkaku Islands|Senkakus|Diaoyu Islands|Diaoyu
    Scarborough Shoal
    Dokdo|Takeshima|Liancourt Rocks
    # Rivers and lakes
    Thames|River Thames|Thames river
    Severn|River Severn
    Trent|River Trent
    Mersey|River Mersey
    Tyne|River Tyne
    Clyde|River Clyde
    Forth|Firth of Forth
    Shannon|River Shannon
    Liffey|River Liffey
    Seine
    Loire
    Rhône|Rhone
    Rhine|River Rhine
    Danube
    Elbe
    Oder
    Vistula
    Dnieper|Dnipro River
    Dniester
    Neva
    Ural River
    Yenisei
    Amur
    Po River
    Tiber
    Arno
    Ebro
    Tagus
    Douro
    Meuse
    Moselle
    Nile|River Nile|Blue Nile|White Nile
    Zambezi
    Limpopo
    Orange River
    Euphrates
    Tigris
    Jordan River|River Jordan
    Litani|Litani River
    Orontes
    Indus
    Ganges|Ganga
    Brahmaputra
    Yamuna
    Irrawaddy|Ayeyarwady
    Mekong|Mekong River
    Yangtze|Yangtze River|Chang Jiang
    Yellow River|Huang He
    Pearl River
    Amazon River
    Orinoco
    Paraná|Parana
    Rio de la Plata
    Rio Grande
    Mississippi River
    Missouri River
    Ohio River
    Hudson|Hudson River
    Potomac|Potomac River
    Colorado River
    Columbia River
    St Lawrence|St Lawrence River|Saint Lawrence River
    Yukon River
    Mackenzie River
    Murray|Murray River|River Murray
    Darling River
    Lake Victoria
    Lake Tanganyika
    Lake Malawi|Lake Nyasa
    Lake Chad
    Lake Titicaca
    Lake Baikal
    Lake Geneva|Lac Léman
    Lake Como
    Lake Garda
    Loch Ness
    Lough Neagh
    Aral Sea
    Lake Tahoe
    Lake Mead
    Three Gorges|Three Gorges Dam
    Aswan High Dam|Aswan Dam
    Hoover Dam
    Grand Ethiopian Renaissance Dam|Renaissance Dam
    Kariba|Lake Kariba
    # Mountains, volcanoes, deserts and other features
    Alps|Swiss Alps|French Alps
    Pyrenees
    Apennines
    Dolomites
    Carpathians|Carpathian Mountains
    Balkan Mountains
    Himalayas|Himalaya
    Hindu Kush
    Karakoram
    Pamirs|Pamir Mountains
    Tian Shan
    Zagros Mountains|Zagros
    Ethiopian Highlands
    Drakensberg
    Ben Nevis
    Snowdon
    Scafell Pike
    Mont Blanc
    Matterhorn
    Eiger
    Mount Everest|Everest
    K2
    Annapurna
    Nanga Parbat
    Mount Elbrus|Elbrus
    Mount Ararat|Ararat
    Mount Sinai
    Mount Olympus|Olympus
    Mount Etna|Etna
    Vesuvius|Mount Vesuvius
    Stromboli
    Mount Fuji|Fuji
    Mount Pinatubo|Pinatubo
    Mount Merapi|Merapi
    Krakatoa|Krakatau
    Mount St Helens|Mount St. Helens
    Mount Rainier
    Mount Rushmore
    Mauna Loa
    Kilauea
    Eyjafjallajökull|Eyjafjallajokull
    Mount McKinley|Denali
    Aconcagua
    Mount Kosciuszko
    Uluru|Ayers Rock
    Mount Cook|Aoraki
    Gobi|Gobi Desert
    Taklamakan|Taklamakan Desert
    Negev Desert
    Arabian Desert
    Empty Quarter|Rub al Khali
    Thar Desert
    Syrian Desert
    Sonoran Desert
    Great Rift Valley
    Jordan Valley
    Kidron Valley
    Pacific Ring of Fire|Ring of Fire
    Chernobyl exclusion zone
    Fukushima Daiichi
    Sellafield
    Three Mile Island
    Zaporizhzhia nuclear plant
    Bikini Atoll
    Nile Delta
    Okavango Delta
    Ganges Delta
    Sundarbans
    Amazon
    Congo Basin
    Great Wall|Great Wall of China
    Forbidden City
    Tiananmen Square|Tiananmen
    Tahrir Square
    Maidan|Independence Square|Maidan Nezalezhnosti
    Red Square
    Trafalgar Square
    Parliament Square
    Times Square
    Union Square
    Place de la Concorde
    Champs-Élysées|Champs-Elysees|Champs Elysees
    Eiffel Tower
    Arc de Triomphe
    Notre Dame|Notre-Dame|Notre-Dame de Paris|Notre Dame Cathedral
    Louvre
    Colosseum
    St Peter's Square|St. Peter's Square|Saint Peter's Square
    St Peter's Basilica|St Peter's
    Sistine Chapel
    Acropolis
    Parthenon
    Brandenburg Gate
    Reichstag
    Berlin Wall
    Checkpoint Charlie
    Taj Mahal
    Angkor Wat|Angkor
    Petra
    Pyramids|Giza pyramids|Great Pyramid
    Sphinx
    Machu Picchu
    Kaaba|Grand Mosque|Masjid al-Haram
    Golden Temple
    Hagia Sophia
    Blue Mosque
    Burj Khalifa
    Statue of Liberty
    Empire State Building
    World Trade Center|WTC|Twin Towers
    One World Trade Center|Freedom Tower
    Golden Gate Bridge|Golden Gate
    Brooklyn Bridge
    Capitol|Capitol Hill|US Capitol|U.S. Capitol
    National Mall
    Lincoln Memorial
    Washington Monument
    Arlington National Cemetery
    Wall Street
    Fifth Avenue
    Broadway
    Pennsylvania Avenue
    K Street
    Madison Avenue
    Sunset Boulevard
    Rodeo Drive
    Las Vegas Strip
    Downing Street|Number 10|No 10|10 Downing Street
    Westminster Abbey
    Buckingham Palace
    Kensington Palace
    Clarence House
    Windsor Castle
    Balmoral|Balmoral Castle
    Sandringham
    Holyrood|Holyrood Palace
    Stormont
    Tower of London
    Tower Bridge
    London Bridge
    Big Ben
    Houses of Parliament
    Palace of Westminster
    St Paul's Cathedral|St Paul's
    Oxford Street
    Regent Street
    Bond Street
    Baker Street
    Abbey Road
    Piccadilly|Piccadilly Circus
    Leicester Square
    Covent Garden
    Hyde Park
    Regent's Park
    Green Park
    St James's Park
    Kew Gardens|Kew
    Wembley|Wembley Stadium
    Twickenham
    Lord's
    The Oval
    Old Trafford
    Anfield
    Stamford Bridge
    Emirates Stadium
    Highbury
    White Hart Lane
    Goodison Park
    Villa Park
    St James' Park
    Hampden Park|Hampden
    Murrayfield
    Millennium Stadium|Principality Stadium
    Croke Park
    Aintree
    Ascot
    Epsom
    Cheltenham Racecourse
    Silverstone
    Stonehenge
    Hadrian's Wall
    Glastonbury
    Camp Bastion
    Bagram Air Base|Bagram airbase
    Ramstein|Ramstein Air Base
    Incirlik|Incirlik Air Base
    Fort Knox
    Area 51
    Kennedy Space Center
    Cape Kennedy
    Baikonur|Baikonur Cosmodrome
    Ben Gurion Airport|Ben-Gurion Airport|Ben Gurion
    JFK Airport|JFK International Airport|John F Kennedy International Airport|John F. Kennedy International Airport
    LaGuardia|LaGuardia Airport
    O'Hare|O'Hare Airport|O'Hare International Airport
    Dulles|Dulles Airport
    LAX
    Charles de Gaulle|Charles de Gaulle Airport|Roissy
    Orly
    Schiphol
    Frankfurt Airport
    Changi|Changi Airport
    Narita|Narita Airport
    Haneda|Haneda Airport
    Dubai International Airport
    Hamad International Airport
    Kabul airport|Hamid Karzai International Airport
    Sheremetyevo
    Domodedovo
    Vnukovo
    Erez|Erez crossing
    Kerem Shalom|Kerem Shalom crossing
    Allenby Bridge
    Karni|Karni crossing
    Torkham|Torkham border crossing
    Chaman
    Wagah|Wagah border
    Bab al-Hawa
    Nogales
    San Ysidro
    South Caucasus|Transcaucasia
    County Armagh
    County Londonderry
    County Down
    County Clare
    County Kerry|Kerry
    County Mayo
    Atlas Mountains
    Volga River|Volga
    Congo River|River Congo
    Niger River|River Niger
    Don River|River Don
    Mount Olympus
    Zanzibar
    """

    /// Organisations: `Canonical|alias…`. Party names (singular: `Tory`, `Republican`) are here; plural member words (`Tories`, `Republicans`) are groups in `demonyms`.
    static let organisations = """
    # International bodies
    United Nations|UN|U.N.|United Nations Organization
    UN Security Council|Security Council|U.N. Security Council|United Nations Security Council|UNSC
    UN General Assembly|General Assembly|United Nations General Assembly|UNGA
    UN Human Rights Council|Human Rights Council|UNHRC
    UN Secretariat
    UNICEF|Unicef|United Nations Children's Fund
    UNESCO|Unesco
    UNHCR|United Nations High Commissioner for Refugees|UN refugee agency
    UNRWA|Unrwa|United Nations Relief and Works Agency
    World Food Programme|WFP|World Food Program
    UNDP|United Nations Development Programme
    UNEP|United Nations Environment Programme
    UNAIDS
    UNFPA
    OCHA|Office for the Coordination of Humanitarian Affairs
    UNIFIL|Unifil
    MONUSCO|Monusco
    UNCTAD
    Food and Agriculture Organization|FAO
    International Labour Organization|ILO|International Labor Organization
    International Atomic Energy Agency|IAEA
    World Health Organization|WHO|World Health Organisation
    International Monetary Fund|IMF
    World Bank
    World Trade Organization|WTO|World Trade Organisation
    International Court of Justice|ICJ|World Court
    International Criminal Court|ICC
    International Criminal Tribunal for the former Yugoslavia|ICTY
    International Criminal Tribunal for Rwanda|ICTR
    Organisation for the Prohibition of Chemical Weapons|OPCW
    International Maritime Organization|IMO
    International Civil Aviation Organization|ICAO
    International Telecommunication Union|ITU
    World Meteorological Organization|WMO
    World Intellectual Property Organization|WIPO
    Universal Postal Union|UPU
    Intergovernmental Panel on Climate Change|IPCC
    UN Framework Convention on Climate Change|UNFCCC
    International Energy Agency|IEA
    Organisation for Economic Co-operation and Development|OECD|Organization for Economic Cooperation and Development
    Organization of the Petroleum Exporting Countries|OPEC|Opec|OPEC+|Opec+
    Bank for International Settlements|BIS
    Financial Stability Board
    Financial Action Task Force|FATF
    Interpol
    Europol
    Frontex
    International Committee of the Red Cross|ICRC|Red Cross
    International Federation of Red Cross and Red Crescent Societies|IFRC
    Red Crescent|Red Crescent Society
    Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Doctors Without Borders
    Amnesty International|Amnesty
    Human Rights Watch|HRW
    Oxfam
    Save the Children
    Greenpeace
    WWF|World Wide Fund for Nature|World Wildlife Fund
    Friends of the Earth
    Transparency International
    Reporters Without Borders|RSF|Reporters Sans Frontières
    Committee to Protect Journalists|CPJ
    International Crisis Group|Crisis Group
    Christian Aid
    CAFOD|Cafod
    ActionAid
    CARE International
    International Rescue Committee|IRC
    Mercy Corps
    Islamic Relief
    World Vision
    Salvation Army
    Gates Foundation|Bill and Melinda Gates Foundation|Bill & Melinda Gates Foundation
    Wellcome Trust|Wellcome
    Rockefeller Foundation
    Ford Foundation
    Open Society Foundations
    Nobel Foundation|Nobel Committee|Norwegian Nobel Committee
    Extinction Rebellion|XR
    Black Lives Matter|BLM
    Occupy Wall Street
    Human Rights First
    Stonewall
    Barnardo's
    NSPCC
    RSPCA
    RNLI
    Age UK
    Macmillan Cancer Support|Macmillan
    Cancer Research UK
    British Heart Foundation
    Citizens Advice
    National Trust
    English Heritage
    # Regional and multilateral groupings
    European Union|EU|E.U.
    European Commission|EC
    European Parliament|Europarliament
    European Council
    Council of the European Union|Council of Ministers
    European Central Bank|ECB
    European Court of Justice|ECJ
    European Court of Human Rights|ECHR|Strasbourg court
    Council of Europe
    European Investment Bank|EIB
    European Bank for Reconstruction and Development|EBRD
    European Medicines Agency|EMA
    European Space Agency|ESA
    Eurostat
    Eurogroup
    European Free Trade Association|EFTA
    European Economic Community|EEC|Common Market
    Organization for Security and Co-operation in Europe|OSCE|Organisation for Security and Co-operation in Europe
    NATO|Nato|N.A.T.O.|North Atlantic Treaty Organization|North Atlantic Treaty Organisation|Atlantic alliance
    Warsaw Pact
    African Union|AU
    Economic Community of West African States|ECOWAS|Ecowas
    Southern African Development Community|SADC
    East African Community|EAC
    Intergovernmental Authority on Development|IGAD
    African Development Bank|AfDB
    Arab League|League of Arab States
    Gulf Cooperation Council|GCC|Gulf Co-operation Council
    Organisation of Islamic Cooperation|OIC|Organisation of the Islamic Conference|Organization of Islamic Cooperation
    Association of Southeast Asian Nations|ASEAN|Asean
    Asia-Pacific Economic Cooperation|APEC|Apec
    Asian Development Bank|ADB
    Asian Infrastructure Investment Bank|AIIB
    Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization
    South Asian Association for Regional Cooperation|SAARC
    Commonwealth|Commonwealth of Nations
    Commonwealth of Independent States|CIS
    Collective Security Treaty Organization|CSTO
    Eurasian Economic Union|EAEU
    Organization of American States|OAS
    Inter-American Development Bank|IDB
    Mercosur|Mercosul
    NAFTA|Nafta|North American Free Trade Agreement
    Pacific Islands Forum
    AUKUS|Aukus
    G7|G-7|Group of Seven
    G8|G-8|Group of Eight
    G20|G-20|Group of 20|Group of Twenty
    G77|Group of 77
    BRICS|Brics
    Non-Aligned Movement
    Paris Club
    World Economic Forum|WEF|Davos forum
    Bilderberg Group|Bilderberg
    International Olympic Committee|IOC
    International Paralympic Committee|IPC
    World Anti-Doping Agency|WADA|Wada
    Court of Arbitration for Sport|CAS
    FIFA|Fifa
    UEFA|Uefa
    Confederation of African Football|CAF
    Asian Football Confederation|AFC
    CONCACAF|Concacaf
    CONMEBOL|Conmebol
    International Cricket Council
    World Rugby|International Rugby Board|IRB
    International Tennis Federation|ITF
    ATP|Association of Tennis Professionals
    WTA|Women's Tennis Association
    Formula One|Formula 1|F1
    FIA
    World Athletics|IAAF|International Association of Athletics Federations
    UCI|Union Cycliste Internationale
    FINA|World Aquatics
    Premier League|English Premier League|EPL|Premiership
    Football League|English Football League|EFL
    Champions League|UEFA Champions League
    Europa League
    Football Association|FA
    Scottish Premier League|SPL|Scottish Premiership
    La Liga
    Serie A
    Bundesliga
    Ligue 1
    Eredivisie
    Major League Soccer|MLS
    National Football League|NFL
    National Basketball Association|NBA
    Major League Baseball|MLB
    National Hockey League|NHL
    NCAA
    PGA Tour|PGA
    European Tour|DP World Tour
    LIV Golf
    England and Wales Cricket Board
    Marylebone Cricket Club|MCC
    Rugby Football Union|RFU
    Lawn Tennis Association|LTA
    All England Club
    Jockey Club
    British Olympic Association|BOA
    UK Athletics
    UK Sport
    Sport England
    # United States: government
    White House
    Congress|US Congress|U.S. Congress
    Senate|US Senate|U.S. Senate
    House of Representatives|US House|U.S. House
    Supreme Court|US Supreme Court|U.S. Supreme Court
    State Department|US State Department|U.S. State Department|Department of State
    Pentagon|Department of Defense|Defense Department|Department of War
    Treasury|US Treasury|U.S. Treasury|Treasury Department|Department of the Treasury
    Justice Department|Department of Justice|DOJ
    Department of Homeland Security|Homeland Security|DHS
    Department of Energy|Energy Department
    Department of Agriculture|Agriculture Department|USDA
    Department of Commerce|Commerce Department
    Department of Labor|Labor Department
    Department of Education|Education Department
    Department of Health and Human Services|HHS
    Department of Transportation|Transportation Department
    Department of Veterans Affairs|Veterans Affairs
    Department of the Interior|Interior Department
    Department of Housing and Urban Development|HUD
    Federal Bureau of Investigation|FBI|F.B.I.
    Central Intelligence Agency|CIA|C.I.A.
    National Security Agency|NSA
    National Security Council|NSC
    Office of the Director of National Intelligence|ODNI
    Drug Enforcement Administration|DEA
    Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF
    Immigration and Customs Enforcement|ICE
    Customs and Border Protection|CBP|US Customs and Border Protection
    Border Patrol|US Border Patrol
    Secret Service|US Secret Service
    US Marshals|US Marshals Service
    Transportation Security Administration|TSA
    Federal Emergency Management Agency|FEMA
    Environmental Protection Agency|EPA
    Food and Drug Administration|FDA
    Centers for Disease Control and Prevention|CDC|Centers for Disease Control
    National Institutes of Health|NIH
    Federal Aviation Administration|FAA
    National Transportation Safety Board|NTSB
    Federal Communications Commission|FCC
    Federal Trade Commission|FTC
    Securities and Exchange Commission|SEC
    Commodity Futures Trading Commission|CFTC
    Federal Reserve|Fed|US Federal Reserve|Federal Reserve Board|Federal Reserve Bank
    Internal Revenue Service|IRS
    Social Security Administration
    Census Bureau|US Census Bureau
    Bureau of Labor Statistics|BLS
    Congressional Budget Office|CBO
    Government Accountability Office|GAO
    Office of Management and Budget|OMB
    National Aeronautics and Space Administration|NASA|Nasa
    National Oceanic and Atmospheric Administration|NOAA
    National Weather Service
    National Hurricane Center
    US Geological Survey|USGS|U.S. Geological Survey
    Nuclear Regulatory Commission|NRC
    Peace Corps
    USAID|US Agency for International Development
    Federal Deposit Insurance Corporation|FDIC
    Fannie Mae
    Freddie Mac
    US Army|U.S. Army
    US Navy|U.S. Navy
    US Air Force|U.S. Air Force|USAF
    US Marine Corps|U.S. Marine Corps|Marine Corps|USMC
    US Coast Guard|U.S. Coast Guard
    US Space Force|Space Force
    National Guard
    Joint Chiefs of Staff|Joint Chiefs
    US Central Command|U.S. Central Command|Central Command|CENTCOM|Centcom
    US European Command|EUCOM
    US Indo-Pacific Command|INDOPACOM|Pacific Command
    Africa Command|AFRICOM|Africom
    Special Operations Command|SOCOM
    Navy Seals|Navy SEALs|SEALs
    Delta Force
    Democratic Party|Democrat|Democratic National Committee|DNC
    Republican Party|GOP|Republican|Republican National Committee|RNC
    Tea Party
    Green Party of the United States
    Libertarian Party
    American Civil Liberties Union|ACLU
    National Rifle Association|NRA
    NAACP
    Planned Parenthood
    Heritage Foundation
    Brookings Institution|Brookings
    Rand Corporation|RAND
    Council on Foreign Relations
    Cato Institute
    American Enterprise Institute|AEI
    Carnegie Endowment for International Peace|Carnegie Endowment
    Center for Strategic and International Studies|CSIS
    Pew Research Center|Pew
    Gallup
    AFL-CIO
    Teamsters
    United Auto Workers|UAW
    # United Kingdom: government and public bodies
    Parliament|UK Parliament|British Parliament|Westminster Parliament
    House of Commons|Commons
    House of Lords|Lords
    Cabinet Office
    Home Office
    Foreign Office|Foreign and Commonwealth Office|FCO|Foreign, Commonwealth and Development Office|FCDO
    Ministry of Defence|MoD|MOD
    Ministry of Justice|MoJ
    Department of Health|Department of Health and Social Care|DHSC
    Department for Education|DfE
    Department for Work and Pensions|DWP
    Department for Transport|DfT
    Department for Environment, Food and Rural Affairs|Defra|DEFRA
    Department for International Development|DfID|DFID
    Department of Trade and Industry|DTI
    Department for Business|Department for Business, Energy and Industrial Strategy|BEIS
    Department for Culture, Media and Sport|DCMS
    Department for Communities and Local Government|DCLG
    Northern Ireland Office
    Scotland Office
    Wales Office
    Crown Prosecution Service|CPS
    Serious Fraud Office|SFO
    National Crime Agency|NCA
    Metropolitan Police|Met Police|Met|Scotland Yard|Metropolitan Police Service
    Police Scotland
    Police Service of Northern Ireland|PSNI
    Royal Ulster Constabulary|RUC
    City of London Police
    British Transport Police
    Independent Police Complaints Commission
    Independent Office for Police Conduct|IOPC
    MI5|Security Service
    MI6|Secret Intelligence Service|SIS
    GCHQ
    British Army
    Royal Navy
    Royal Air Force|RAF
    Royal Marines
    SAS|Special Air Service
    SBS|Special Boat Service
    Bank of England|BoE
    Financial Conduct Authority|FCA
    Financial Services Authority
    Prudential Regulation Authority|PRA
    Competition and Markets Authority|CMA
    Office of Fair Trading|OFT
    Competition Commission
    Ofcom
    Ofgem
    Ofwat
    Ofsted
    Ofqual
    Office for National Statistics|ONS
    Office for Budget Responsibility|OBR
    HM Revenue and Customs|HMRC|HM Revenue & Customs|Inland Revenue
    Border Force|UK Border Force|UK Border Agency
    Environment Agency
    Met Office
    Health and Safety Executive|HSE
    Electoral Commission
    Information Commissioner's Office|ICO
    Charity Commission
    National Health Service|NHS
    NHS England
    National Institute for Health and Care Excellence|NICE|National Institute for Clinical Excellence
    UK Health Security Agency|UKHSA
    Public Health England|PHE
    Medicines and Healthcare products Regulatory Agency|MHRA
    Care Quality Commission|CQC
    Arts Council|Arts Council England
    British Council
    British Museum
    Tate|Tate Modern|Tate Gallery
    National Gallery
    Victoria and Albert Museum|V&A
    Natural History Museum
    Science Museum
    Royal Opera House
    Royal Shakespeare Company|RSC
    National Theatre
    Royal Society
    Royal Academy
    Royal Mail
    Post Office
    Network Rail
    Transport for London|TfL
    London Underground
    Eurostar
    High Court
    Court of Appeal
    Old Bailey|Central Criminal Court
    Privy Council
    Crown Court
    Scottish Parliament
    Scottish Government|Scottish Executive
    Welsh Assembly|National Assembly for Wales|Senedd|Welsh Parliament
    Welsh Government|Welsh Assembly Government
    Northern Ireland Assembly|Stormont Assembly
    Northern Ireland Executive
    Greater London Authority|GLA
    London Assembly
    Church of England|CofE|C of E
    Church of Scotland
    Labour Party|Labour|Labour party|New Labour
    Conservative Party|Conservative|Tory|Tory Party|Tory party|Conservative party
    Liberal Democrats|Lib Dems|Lib Dem|LibDems
    Scottish National Party|SNP
    Plaid Cymru
    Democratic Unionist Party|DUP
    Ulster Unionist Party|UUP|Ulster Unionists
    Sinn Féin|Sinn Fein
    Social Democratic and Labour Party|SDLP
    Alliance Party
    Green Party
    UK Independence Party|UKIP|Ukip
    Reform UK
    Brexit Party
    British National Party|BNP
    English Defence League|EDL
    Respect Party
    Trades Union Congress|TUC
    Confederation of British Industry|CBI
    Institute of Directors|IoD
    Federation of Small Businesses
    British Chambers of Commerce|BCC
    Unite|Unite union
    Unison
    GMB
    National Union of Teachers|NUT
    National Education Union|NEU
    NASUWT
    National Union of Mine Workers|National Union of Mineworkers|NUM
    RMT|Rail, Maritime and Transport union
    British Medical Association|BMA
    Royal College of Nursing|RCN
    Law Society
    Bar Council
    Countryside Alliance
    Institute for Fiscal Studies|IFS
    Resolution Foundation
    Chatham House|Royal Institute of International Affairs
    Royal United Services Institute|RUSI
    International Institute for Strategic Studies|IISS
    Institute for Public Policy Research|IPPR
    Adam Smith Institute
    Policy Exchange
    Joseph Rowntree Foundation
    King's Fund
    Nuffield Trust
    YouGov
    Ipsos|Ipsos MORI|Mori|MORI
    ComRes
    Populus
    Survation
    # Other governments, parliaments, militaries, agencies
    Kremlin
    Duma|State Duma
    Federation Council
    Federal Security Service|FSB
    KGB
    GRU
    SVR
    Rosneft
    Rosatom
    Roscosmos
    Russian Central Bank|Bank of Russia|Central Bank of Russia
    Wagner Group|Wagner
    United Russia
    Communist Party of the Russian Federation
    Bundestag
    Bundesrat
    Bundeswehr
    Bundesbank
    Federal Constitutional Court
    Christian Democratic Union|CDU
    Christian Social Union|CSU
    Social Democratic Party of Germany|SPD
    Free Democratic Party|FDP
    Alternative for Germany|AfD
    Die Linke|Left Party
    German Greens|Alliance 90/The Greens
    Élysée|Elysee|Élysée Palace|Elysee Palace
    Quai d'Orsay
    Matignon
    National Assembly|Assemblée Nationale
    French Senate
    Banque de France|Bank of France
    Union for a Popular Movement|UMP
    Les Républicains
    Socialist Party
    National Front|Front National
    National Rally|Rassemblement National
    La République En Marche|En Marche|Renaissance party
    La France Insoumise
    French Foreign Legion|Foreign Legion
    DGSE
    Quirinale
    Palazzo Chigi
    Bank of Italy
    Forza Italia
    Northern League|Lega|Lega Nord
    Five Star Movement|M5S
    Brothers of Italy|Fratelli d'Italia
    Cortes
    Moncloa
    Bank of Spain
    Popular Party|Partido Popular|PP
    Spanish Socialist Workers' Party|PSOE
    Podemos
    Vox
    ETA|Eta
    Batasuna
    Knesset
    Israel Defense Forces|IDF|Israeli Defence Forces|Israel Defence Forces
    Mossad
    Shin Bet|Shabak
    Likud
    Israeli Labor Party
    Kadima
    Yesh Atid
    Shas
    Bank of Israel
    Palestinian Authority|Palestinian National Authority
    Palestine Liberation Organization|PLO|Palestine Liberation Organisation
    Fatah
    Hamas
    Islamic Jihad|Palestinian Islamic Jihad|PIJ
    Al-Aqsa Martyrs' Brigades|al-Aqsa Martyrs Brigades|Al-Aqsa Martyrs Brigade
    Izz ad-Din al-Qassam Brigades|Qassam Brigades|Izz el-Deen al-Qassam Brigades
    Popular Front for the Liberation of Palestine|PFLP
    Hezbollah|Hizbollah|Hizbullah|Hizballah
    Amal
    Lebanese Forces
    Lebanese Army
    Revolutionary Guards|Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guard
    Quds Force
    Basij
    Guardian Council|Council of Guardians
    Majlis
    Atomic Energy Organisation of Iran|AEOI
    IRNA
    Iraqi Governing Council|Governing Council
    Iraqi National Congress|INC
    Iraqi National Accord
    Supreme Council for the Islamic Revolution in Iraq|SCIRI|Supreme Islamic Iraqi Council
    Dawa Party|Islamic Dawa Party
    Mahdi Army
    Badr Brigade|Badr Organisation|Badr Organization
    Popular Mobilisation Forces|PMF|Popular Mobilization Forces|Hashd al-Shaabi
    Kataib Hezbollah
    Kurdistan Democratic Party|KDP
    Patriotic Union of Kurdistan|PUK
    Peshmerga
    Kurdistan Workers' Party|PKK|Kurdistan Workers Party
    People's Protection Units|YPG
    Syrian Democratic Forces|SDF
    Free Syrian Army
    Hayat Tahrir al-Sham|HTS
    Nusra Front|al-Nusra Front|Jabhat al-Nusra|al-Nusra
    Syrian National Council
    Syrian Observatory for Human Rights
    White Helmets
    Ba'ath Party|Baath Party|Ba'ath|Baath
    Muslim Brotherhood
    Freedom and Justice Party
    Ennahda
    Polisario Front|Polisario
    Houthi movement|Houthis|Houthi|Ansar Allah|Ansarullah
    Islamic State|IS|ISIS|ISIL|Isis|Isil|Daesh|Islamic State of Iraq and the Levant|Islamic State of Iraq and Syria|Islamic State group
    al-Qaeda|al Qaeda|Al-Qaeda|Al Qaeda|al-Qaida|al Qaida|Al-Qaida|Al Qaida|Qaeda|Qaida
    al-Qaeda in Iraq|AQI
    al-Qaeda in the Arabian Peninsula|AQAP
    al-Qaeda in the Islamic Maghreb|AQIM
    al-Shabab|al-Shabaab|Al-Shabab|Al-Shabaab|Shabab
    Boko Haram
    Islamic State West Africa Province|ISWAP
    Ansar al-Sharia
    Ansar al-Islam
    Abu Sayyaf
    Jemaah Islamiah|Jemaah Islamiyah|JI
    Lashkar-e-Taiba|Lashkar-e-Toiba|LeT
    Jaish-e-Mohammed|Jaish-e-Muhammad|JeM
    Hizbul Mujahideen
    Haqqani network|Haqqani Network
    Tehrik-i-Taliban Pakistan|Pakistani Taliban|TTP
    Taliban
    Northern Alliance
    Islamic Movement of Uzbekistan|IMU
    East Turkestan Islamic Movement|ETIM
    Janjaweed
    Rapid Support Forces
    Sudan People's Liberation Army|SPLA|SPLM
    Justice and Equality Movement|JEM
    Lord's Resistance Army|LRA
    M23|M23 rebels
    Interahamwe
    Rwandan Patriotic Front|RPF
    Allied Democratic Forces
    Movement for the Emancipation of the Niger Delta|MEND
    African National Congress|ANC
    Inkatha Freedom Party|Inkatha|IFP
    Democratic Alliance
    Economic Freedom Fighters|EFF
    Zanu-PF|Zanu PF|ZANU-PF
    Movement for Democratic Change|MDC
    Frelimo
    Renamo
    MPLA
    Unita
    SWAPO|Swapo
    Chama Cha Mapinduzi|CCM
    Tigray People's Liberation Front|TPLF
    Kenya African National Union|KANU|Kanu
    National Resistance Movement|NRM
    FARC|Farc|Revolutionary Armed Forces of Colombia
    ELN|National Liberation Army
    Shining Path|Sendero Luminoso
    Zapatista Army of National Liberation|EZLN
    Sinaloa cartel|Sinaloa Cartel
    Jalisco New Generation Cartel|CJNG
    Zetas|Los Zetas
    Gulf Cartel
    Medellín cartel|Medellin cartel
    Cali cartel
    MS-13|Mara Salvatrucha
    Tren de Aragua
    Institutional Revolutionary Party|PRI
    National Action Party|PAN
    Morena
    Workers' Party|PT
    Peronist Party|Justicialist Party
    Sandinista National Liberation Front|FSLN
    United Socialist Party of Venezuela|PSUV
    Communist Party of Cuba|Cuban Communist Party
    Petrobras
    Pemex
    PDVSA
    Irish Republican Army|IRA|Provisional IRA|Provisionals|Real IRA|Continuity IRA
    Ulster Defence Association|UDA
    Ulster Volunteer Force|UVF
    Loyalist Volunteer Force|LVF
    Fianna Fáil|Fianna Fail
    Fine Gael
    Dáil|Dail|Dáil Éireann
    Oireachtas
    Garda|Gardaí|Garda Síochána|Gardai
    Central Bank of Ireland
    Communist Party of China|Chinese Communist Party|CCP|CPC|Communist Party
    National People's Congress|NPC
    Politburo|Politburo Standing Committee
    State Council
    People's Liberation Army|PLA
    People's Bank of China|PBOC|PBoC
    Ministry of State Security
    Xinhua|Xinhua News Agency
    CCTV
    China Daily
    Global Times
    People's Daily
    Kuomintang|KMT|Nationalist Party
    Democratic Progressive Party
    Legislative Yuan
    Legislative Council|LegCo|Legco
    Workers' Party of Korea
    Korean Central News Agency|KCNA
    Yonhap|Yonhap News Agency
    National Intelligence Service|NIS
    Liberal Democratic Party|LDP
    National Diet
    Bank of Japan|BoJ|BOJ
    Self-Defense Forces|Self-Defence Forces
    Kyodo|Kyodo News
    NHK
    Bharatiya Janata Party|BJP
    Indian National Congress|Congress Party
    Aam Aadmi Party
    Communist Party of India (Marxist)|CPI(M)|CPM
    Shiv Sena
    Rashtriya Swayamsevak Sangh|RSS
    Lok Sabha
    Rajya Sabha
    Reserve Bank of India|RBI
    Indian Army
    Research and Analysis Wing|RAW
    Central Bureau of Investigation
    Election Commission of India|Election Commission
    Indian Space Research Organisation|ISRO|Isro
    Pakistan Muslim League|PML-N|PML
    Pakistan Peoples Party|PPP|Pakistan People's Party
    Pakistan Tehreek-e-Insaf|PTI|Tehreek-e-Insaf
    Muttahida Qaumi Movement|MQM
    Inter-Services Intelligence|ISI
    Pakistan Army
    Awami League
    Bangladesh Nationalist Party
    Jamaat-e-Islami
    Liberation Tigers of Tamil Eelam|LTTE|Tamil Tigers
    Maoist Communist Party of Nepal|Communist Party of Nepal
    National League for Democracy|NLD
    Tatmadaw
    Arakan Army
    Khmer Rouge
    Cambodian People's Party|CPP
    Thai Rak Thai
    Pheu Thai
    United Malays National Organisation|UMNO|Umno
    Golkar
    Moro Islamic Liberation Front|MILF
    New People's Army|NPA
    Australian Labor Party|Labor|ALP|Labor Party
    Liberal Party of Australia
    Liberal Party
    National Party|Nationals
    Australian Greens
    One Nation
    Reserve Bank of Australia|RBA
    Australian Federal Police
    ASIO
    Australian Defence Force|ADF
    Bureau of Meteorology|BoM
    Australian Securities and Investments Commission|ASIC
    Australian Competition and Consumer Commission|ACCC
    Australian Taxation Office|ATO
    CSIRO
    New South Wales Rural Fire Service|Rural Fire Service|RFS
    Country Fire Authority|CFA
    New Zealand Labour Party
    Reserve Bank of New Zealand
    Liberal Party of Canada
    Conservative Party of Canada
    New Democratic Party|NDP
    Bloc Québécois|Bloc Quebecois
    Bank of Canada
    Royal Canadian Mounted Police|RCMP|Mounties
    Canadian Security Intelligence Service
    House of Commons of Canada
    Swiss National Bank|SNB
    Riksbank
    Norges Bank
    Folketing
    Storting
    Riksdag
    Sejm
    Law and Justice|PiS
    Civic Platform
    Solidarity|Solidarność
    Fidesz
    Jobbik
    Rada|Verkhovna Rada
    Party of Regions
    Servant of the People
    Security Service of Ukraine|SBU
    Azov Battalion|Azov Regiment
    Naftogaz
    Syriza
    New Democracy
    Golden Dawn
    PASOK|Pasok
    Justice and Development Party|AKP|AK Party
    Republican People's Party|CHP
    Nationalist Movement Party|MHP
    Peoples' Democratic Party|HDP
    Grand National Assembly
    Gulenist movement|Gulen movement|Hizmet
    Turkish Armed Forces
    # News media and agencies
    BBC|British Broadcasting Corporation|BBC News|BBC World Service|World Service
    BBC One|BBC1
    BBC Two|BBC2
    Radio 4|BBC Radio 4
    Radio 5 Live|5 Live|Five Live
    ITV|ITV News
    Channel 4|Channel 4 News
    Channel 5
    Sky|Sky News|BSkyB|British Sky Broadcasting|Sky plc
    CNN|Cable News Network
    CNBC
    MSNBC
    Fox News|Fox News Channel
    Fox Broadcasting|Fox Broadcasting Company
    ABC|ABC News|American Broadcasting Company
    CBS|CBS News
    NBC|NBC News
    PBS
    NPR|National Public Radio
    Voice of America|VOA
    Radio Free Europe|Radio Free Europe/Radio Liberty|RFE/RL
    C-SPAN
    Bloomberg|Bloomberg News|Bloomberg LP
    Reuters|Thomson Reuters
    Associated Press|AP|A.P.
    Agence France-Presse|AFP|Agence France Presse
    Press Association|PA Media
    United Press International|UPI
    Deutsche Presse-Agentur|dpa|DPA
    ANSA
    EFE
    Interfax
    TASS|Tass|ITAR-TASS|Itar-Tass
    RIA Novosti|RIA
    RT|Russia Today
    Sputnik
    Al Jazeera|Al-Jazeera|Aljazeera
    Al Arabiya|Al-Arabiya
    Al-Manar|Al Manar
    Press TV
    Fars|Fars news agency|Fars News Agency
    Tasnim
    Anadolu|Anadolu Agency
    Press Trust of India
    Asian News International|ANI
    Australian Broadcasting Corporation
    Australian Associated Press
    SBS|Special Broadcasting Service
    Canadian Broadcasting Corporation|CBC
    Canadian Press
    RTÉ|RTE
    France 24
    TF1
    Le Monde
    Le Figaro
    Libération
    Der Spiegel|Spiegel
    Die Zeit
    Bild|Bild-Zeitung
    Frankfurter Allgemeine Zeitung|FAZ
    Süddeutsche Zeitung
    Deutsche Welle|DW
    ARD
    ZDF
    El País|El Pais
    El Mundo
    Corriere della Sera
    La Repubblica
    RAI
    Haaretz
    Jerusalem Post
    Times of Israel
    Yedioth Ahronoth
    Gulf News
    Khaleej Times
    The Hindu
    Times of India
    Hindustan Times
    Indian Express
    NDTV
    South China Morning Post|SCMP
    Straits Times
    Japan Times
    Asahi Shimbun|Asahi
    Yomiuri Shimbun|Yomiuri
    Nikkei
    Sydney Morning Herald|SMH
    The Age
    Daily Telegraph
    Herald Sun
    New Zealand Herald
    Globe and Mail
    Toronto Star
    New York Times|NYT|The New York Times|N.Y. Times
    Washington Post|The Washington Post
    Wall Street Journal|WSJ|The Wall Street Journal
    USA Today
    Los Angeles Times|LA Times|L.A. Times
    Chicago Tribune
    Boston Globe
    New York Post
    Time magazine
    Newsweek
    The Atlantic
    The New Yorker
    Politico
    Axios
    The Hill
    Vox Media
    BuzzFeed|BuzzFeed News
    HuffPost|Huffington Post
    Vice News|Vice Media
    Breitbart
    Drudge Report
    Rolling Stone
    Vanity Fair
    Forbes
    Fortune
    Business Insider
    Financial Times|FT
    The Economist
    The Times
    Sunday Times
    The Guardian|Guardian
    The Observer
    The Independent
    The Telegraph|Telegraph
    Sunday Telegraph
    Daily Mail|Mail on Sunday|MailOnline
    The Sun
    Daily Mirror|Sunday Mirror
    Daily Express|Sunday Express
    Daily Star
    Evening Standard|London Evening Standard
    News of the World
    The Scotsman
    The Herald
    Daily Record
    Irish Times
    Irish Independent
    Belfast Telegraph
    Private Eye
    New Statesman
    The Spectator|Spectator
    Radio Times
    Hello!
    The Lancet|Lancet
    British Medical Journal|BMJ
    New England Journal of Medicine|NEJM
    # Technology, media and telecoms companies
    Apple|Apple Inc|Apple Inc.|Apple Computer
    Microsoft|Microsoft Corp|Microsoft Corporation
    Google|Alphabet
    Amazon|Amazon.com
    Meta|Meta Platforms
    Facebook
    Instagram
    WhatsApp
    Twitter|X Corp
    YouTube
    TikTok
    ByteDance
    Snapchat
    LinkedIn
    Reddit
    Pinterest
    Telegram
    Wikipedia|Wikimedia Foundation
    OpenAI
    Anthropic
    DeepMind|Google DeepMind
    Nvidia|NVIDIA
    Intel
    AMD|Advanced Micro Devices
    Qualcomm
    Arm Holdings|ARM
    TSMC|Taiwan Semiconductor Manufacturing Company
    Samsung|Samsung Electronics
    LG|LG Electronics
    SK Hynix
    Sony|Sony Corp
    Panasonic
    Toshiba
    Hitachi
    Fujitsu
    NEC
    Canon
    Nikon
    Nintendo
    Sega
    Huawei
    ZTE
    Xiaomi
    Lenovo
    Alibaba|Alibaba Group
    Tencent
    Baidu
    JD.com
    Oppo
    Vivo
    BlackBerry|Research In Motion|RIM
    Nokia
    Ericsson
    Motorola
    Siemens
    Philips
    IBM|International Business Machines
    Hewlett-Packard|HP
    Dell
    Oracle
    Cisco|Cisco Systems
    SAP
    Salesforce
    Adobe
    Netflix
    Spotify
    Uber
    Lyft
    Airbnb
    PayPal
    eBay
    Yahoo|Yahoo!
    AOL|America Online
    Skype
    Zoom
    Dropbox
    Palantir
    SpaceX
    Starlink
    Blue Origin
    Tesla|Tesla Motors
    Xerox
    Kodak|Eastman Kodak
    Vodafone
    BT|British Telecom|BT Group
    O2
    Orange
    EE
    Three UK
    Virgin Media
    TalkTalk
    Deutsche Telekom
    T-Mobile
    Telefónica|Telefonica
    AT&T
    Verizon
    Sprint
    Comcast
    China Mobile
    NTT|NTT Docomo
    SoftBank
    Reliance|Reliance Industries|Reliance Jio
    Tata|Tata Group|Tata Sons
    Infosys
    Wipro
    # Entertainment and media groups
    Time Warner|AOL Time Warner
    Warner Bros|Warner Bros.|Warner Brothers
    Warner Music
    Walt Disney|Disney|Walt Disney Company
    Pixar
    Marvel|Marvel Studios
    Universal Pictures|Universal Studios
    Universal Music|Universal Music Group
    Paramount|Paramount Pictures
    Sony Pictures
    Columbia Pictures
    20th Century Fox|Twentieth Century Fox
    MGM|Metro-Goldwyn-Mayer
    Lionsgate
    DreamWorks
    HBO
    News Corporation|News Corp|News International
    Viacom
    EMI
    Sony BMG
    Bertelsmann
    Vivendi
    Pearson
    Penguin Books|Penguin Random House
    HarperCollins
    Bloomsbury
    Electronic Arts|EA
    Activision|Activision Blizzard
    Ubisoft
    Rockstar Games
    Live Nation
    # Energy and resources companies
    Shell|Royal Dutch Shell
    BP|British Petroleum
    ExxonMobil|Exxon Mobil|Exxon|Mobil
    Chevron
    ConocoPhillips
    TotalEnergies|Total SA
    Eni
    Equinor|Statoil
    Repsol
    Saudi Aramco|Aramco
    Gazprom
    Lukoil
    Yukos
    Sinopec
    PetroChina
    CNOOC
    Halliburton
    Schlumberger
    BHP|BHP Billiton
    Rio Tinto
    Anglo American
    Glencore
    Vale
    ArcelorMittal
    Centrica|British Gas
    EDF|EDF Energy|Électricité de France
    E.ON|EON
    RWE
    Iberdrola
    National Grid
    Enron
    Tepco|TEPCO|Tokyo Electric Power
    # Finance
    HSBC
    Barclays
    Lloyds|Lloyds Banking Group|Lloyds TSB
    Royal Bank of Scotland|RBS|NatWest Group
    NatWest
    Santander
    Standard Chartered
    Northern Rock
    HBOS|Halifax Bank of Scotland
    Nationwide
    Prudential
    Aviva
    Legal & General
    Lloyd's of London|Lloyd's
    London Stock Exchange|LSE
    FTSE|FTSE 100|Footsie
    Goldman Sachs|Goldman
    JPMorgan|JP Morgan|J.P. Morgan|JPMorgan Chase
    Morgan Stanley
    Citigroup|Citi|Citibank
    Bank of America|BofA
    Wells Fargo
    Merrill Lynch
    Lehman Brothers|Lehman
    Bear Stearns
    BlackRock
    Berkshire Hathaway
    Vanguard
    Blackstone
    Credit Suisse
    UBS
    Deutsche Bank
    Commerzbank
    BNP Paribas
    Société Générale|Societe Generale
    Crédit Agricole|Credit Agricole
    ING
    ABN Amro
    Rabobank
    UniCredit
    Intesa Sanpaolo
    Nomura
    Mitsubishi UFJ|MUFG
    ICBC|Industrial and Commercial Bank of China
    Bank of China
    HDFC Bank
    Allianz
    AXA
    Zurich Insurance
    AIG|American International Group
    Visa
    Mastercard
    American Express|Amex
    New York Stock Exchange|NYSE
    Nasdaq
    Dow Jones
    Standard & Poor's|S&P
    Moody's
    Fitch|Fitch Ratings
    KPMG
    PricewaterhouseCoopers|PwC
    Deloitte
    Ernst & Young|EY
    Accenture
    McKinsey|McKinsey & Company
    Boston Consulting Group|BCG
    Arthur Andersen
    Binance
    Coinbase
    FTX
    # Cars, aerospace, defence, industry
    Toyota|Toyota Motor
    Honda
    Nissan
    Mitsubishi
    Mazda
    Subaru
    Suzuki
    Hyundai
    Kia
    Volkswagen|VW
    Audi
    BMW
    Mercedes-Benz|Mercedes
    Daimler|DaimlerChrysler|Daimler-Chrysler
    Porsche
    Opel
    Vauxhall
    Ford|Ford Motor|Ford Motor Company
    General Motors|GM
    Chrysler
    Stellantis
    Fiat|Fiat Chrysler
    Ferrari
    Lamborghini
    Maserati
    Renault
    Peugeot|PSA Peugeot Citroën|PSA
    Citroën|Citroen
    Volvo
    Saab
    Jaguar Land Rover|JLR
    Land Rover
    Rolls-Royce|Rolls Royce
    Bentley
    Aston Martin
    McLaren
    MG Rover|Rover
    BYD
    Geely
    Nio
    Rivian
    Tata Motors
    Mahindra
    Michelin
    Bridgestone
    Goodyear
    Boeing
    Airbus
    Lockheed Martin|Lockheed
    Northrop Grumman
    Raytheon|RTX
    General Dynamics
    BAE Systems|BAE
    Thales
    Dassault
    Leonardo SpA|Finmeccanica
    Rheinmetall
    Saab AB
    Embraer
    Bombardier
    QinetiQ|Qinetiq
    General Electric|GE
    Honeywell
    3M
    Caterpillar
    John Deere|Deere
    Bosch
    Siemens Energy
    ABB
    Alstom
    Hitachi Rail
    Mitsubishi Heavy Industries
    Dyson
    JCB
    Halliburton KBR|KBR
    Bechtel
    Blackwater|Academi
    G4S
    Serco
    Capita
    Carillion
    # Airlines, travel, logistics
    British Airways|BA
    Virgin Atlantic
    Virgin Group|Virgin
    Virgin Galactic
    easyJet|EasyJet
    Ryanair
    Wizz Air
    Jet2
    Flybe
    Aer Lingus
    Lufthansa
    Air France|Air France-KLM
    KLM
    Iberia Airlines
    Alitalia|ITA Airways
    Scandinavian Airlines
    Swiss International Air Lines
    Aeroflot
    Turkish Airlines
    Emirates
    Etihad|Etihad Airways
    Qatar Airways
    El Al
    Singapore Airlines
    Cathay Pacific
    Air China
    China Eastern
    China Southern
    Japan Airlines|JAL
    All Nippon Airways|ANA
    Korean Air
    Malaysia Airlines
    Garuda|Garuda Indonesia
    Air India
    IndiGo
    Qantas
    Virgin Australia
    Air New Zealand
    American Airlines
    United Airlines
    Delta Air Lines|Delta Airlines
    Southwest Airlines
    JetBlue
    Air Canada
    LATAM
    Thomas Cook
    TUI
    Expedia
    Booking.com
    P&O|P&O Ferries
    Maersk
    FedEx
    UPS
    DHL
    # Retail, consumer goods, food and drink
    Walmart|Wal-Mart
    Tesco
    Sainsbury's|Sainsbury|J Sainsbury
    Asda
    Morrisons|Wm Morrison
    Waitrose
    John Lewis|John Lewis Partnership
    Marks & Spencer|Marks and Spencer|M&S
    Boots
    Next plc
    Primark
    Argos
    Currys|Dixons|Currys PC World
    Aldi
    Lidl
    Co-op|Co-operative Group
    Iceland Foods
    Woolworths
    BHS
    Debenhams
    House of Fraser
    Harrods
    Selfridges
    HMV
    WH Smith|WHSmith
    Sports Direct
    Arcadia|Arcadia Group
    Topshop
    Burberry
    Carrefour
    Ahold|Ahold Delhaize
    Metro AG
    IKEA|Ikea
    H&M|Hennes & Mauritz
    Zara|Inditex
    Uniqlo|Fast Retailing
    Costco
    Home Depot
    Kroger
    CVS
    Walgreens
    Best Buy
    Macy's
    Sears
    Kmart
    Nike
    Adidas
    Puma
    Reebok
    Levi's|Levi Strauss
    LVMH
    Gucci
    Prada
    Chanel
    Hermès|Hermes
    L'Oréal|L'Oreal
    Estée Lauder|Estee Lauder
    Procter & Gamble|P&G|Procter and Gamble
    Unilever
    Nestlé|Nestle
    Danone
    Kraft|Kraft Heinz|Heinz
    Mondelez
    Cadbury|Cadbury Schweppes
    Mars Inc
    Kellogg's|Kellogg
    PepsiCo|Pepsi
    Coca-Cola|Coca Cola
    Diageo
    AB InBev|Anheuser-Busch|Anheuser-Busch InBev
    Heineken
    Carlsberg
    Pernod Ricard
    Red Bull
    Starbucks
    McDonald's|McDonalds
    Burger King
    KFC
    Pizza Hut
    Domino's
    Greggs
    Pret A Manger|Pret
    British American Tobacco|BAT
    Philip Morris|Altria
    Imperial Tobacco|Imperial Brands
    Japan Tobacco
    # Pharmaceuticals and health
    Pfizer
    Moderna
    BioNTech
    AstraZeneca
    GlaxoSmithKline|GSK
    Johnson & Johnson|J&J
    Merck
    Novartis
    Roche
    Sanofi
    Bayer
    Eli Lilly
    Novo Nordisk
    AbbVie
    Bristol-Myers Squibb
    Gilead|Gilead Sciences
    Amgen
    Teva
    Sinovac
    Sinopharm
    Serum Institute of India
    Smith & Nephew
    Bupa
    UnitedHealth
    # Universities and research institutes
    Harvard University|Harvard
    Yale University|Yale
    Princeton University
    Stanford University|Stanford
    Massachusetts Institute of Technology|MIT
    California Institute of Technology|Caltech
    Columbia University
    University of Chicago
    University of Pennsylvania|UPenn
    Cornell University|Cornell
    Brown University
    Dartmouth College|Dartmouth
    Duke University
    Johns Hopkins University|Johns Hopkins
    Georgetown University
    New York University|NYU
    University of California|UC
    University of California, Berkeley|UC Berkeley|Berkeley University
    University of California, Los Angeles|UCLA
    University of Southern California|USC
    University of Michigan
    University of Texas
    University of Washington
    Carnegie Mellon University|Carnegie Mellon
    Northwestern University
    Rice University
    Vanderbilt University
    Emory University
    Purdue University
    Ohio State University
    Penn State|Pennsylvania State University
    University of Toronto
    McGill University|McGill
    University of British Columbia|UBC
    University of Oxford|Oxford University
    University of Cambridge|Cambridge University
    Imperial College London|Imperial College
    London School of Economics|London School of Economics and Political Science
    University College London|UCL
    King's College London|KCL
    School of Oriental and African Studies|SOAS|Soas
    University of Edinburgh|Edinburgh University
    University of Glasgow|Glasgow University
    University of St Andrews|St Andrews University
    University of Manchester|Manchester University
    University of Birmingham|Birmingham University
    University of Leeds|Leeds University
    University of Bristol|Bristol University
    University of Warwick|Warwick University
    University of Sheffield|Sheffield University
    University of Nottingham|Nottingham University
    University of Durham|Durham University
    University of York|York University
    University of Exeter|Exeter University
    University of Sussex|Sussex University
    University of Southampton|Southampton University
    Cardiff University
    Queen's University Belfast|Queen's University
    Trinity College Dublin
    Open University
    Eton College
    Harrow School
    Sorbonne
    Sciences Po
    ENA|École nationale d'administration
    Humboldt University
    Max Planck Institute|Max Planck Society
    Fraunhofer Institute
    ETH Zurich|ETH
    EPFL
    Karolinska Institute|Karolinska Institutet
    CERN|Cern
    Hebrew University|Hebrew University of Jerusalem
    Tel Aviv University
    Technion
    American University of Beirut|AUB
    Al-Azhar University|Al-Azhar
    Tsinghua University|Tsinghua
    Peking University
    Fudan University
    University of Tokyo|Tokyo University
    Kyoto University
    Seoul National University
    National University of Singapore|NUS
    University of Hong Kong|HKU
    Indian Institute of Technology|IIT
    Indian Institute of Science|IISc
    Jawaharlal Nehru University|JNU
    University of Sydney|Sydney University
    University of Melbourne|Melbourne University
    Australian National University|ANU
    University of Cape Town|UCT
    Wits University|University of the Witwatersrand
    Makerere University
    University of Nairobi
    Moscow State University
    Royal Institution
    Francis Crick Institute|Crick Institute
    Wellcome Sanger Institute|Sanger Institute
    Pasteur Institute|Institut Pasteur
    Salk Institute
    Scripps Research
    Mayo Clinic
    Cleveland Clinic
    Memorial Sloan Kettering
    Jet Propulsion Laboratory|JPL
    Los Alamos National Laboratory|Los Alamos
    Lawrence Livermore National Laboratory|Lawrence Livermore
    Bletchley Park
    Porton Down
    Jodrell Bank
    Met Office Hadley Centre|Hadley Centre
    British Antarctic Survey
    Rothamsted
    Smithsonian|Smithsonian Institution
    Nobel Institute
    Metropolitan Museum of Art|Metropolitan Museum
    Museum of Modern Art|MoMA
    Guggenheim
    Prado Museum|Museo del Prado|Prado
    Uffizi
    Rijksmuseum
    Hermitage Museum|State Hermitage
    Royal Albert Hall|Albert Hall
    Carnegie Hall
    Metropolitan Opera|Met Opera
    La Scala
    Bolshoi|Bolshoi Theatre|Bolshoi Ballet
    Royal Ballet
    Glyndebourne
    Academy of Motion Picture Arts and Sciences
    BAFTA|Bafta
    Recording Academy
    Booker Prize Foundation
    # Football clubs: England
    Arsenal
    Aston Villa
    Bournemouth|AFC Bournemouth
    Brentford
    Brighton & Hove Albion|Brighton and Hove Albion
    Burnley FC
    Chelsea|Chelsea FC
    Crystal Palace
    Everton
    Fulham
    Leeds United|Leeds Utd
    Leicester City
    Liverpool|Liverpool FC
    Manchester City|Man City
    Manchester United|Man United|Man Utd|Manchester Utd
    Newcastle United|Newcastle Utd
    Nottingham Forest
    Southampton FC
    Tottenham Hotspur|Tottenham|Spurs
    West Ham United|West Ham
    Wolverhampton Wanderers|Wolves
    Blackburn Rovers
    Bolton Wanderers
    Middlesbrough FC
    Sunderland AFC
    Charlton Athletic|Charlton
    Portsmouth FC|Pompey
    Birmingham City
    West Bromwich Albion|West Brom
    Wigan Athletic
    Norwich City
    Ipswich Town
    Sheffield United
    Sheffield Wednesday
    Derby County
    Coventry City
    Stoke City
    Queens Park Rangers|QPR
    Watford FC
    Cardiff City
    Swansea City
    Millwall
    Wimbledon FC|AFC Wimbledon
    # Football clubs: Scotland and Ireland
    Celtic
    Rangers
    Aberdeen FC
    Hearts|Heart of Midlothian
    Hibernian|Hibs
    Dundee United
    Kilmarnock
    Motherwell
    Linfield
    Shamrock Rovers
    # Football clubs: Europe
    Real Madrid
    Barcelona|FC Barcelona|Barça|Barca
    Atlético Madrid|Atletico Madrid
    Sevilla FC
    Valencia CF
    Villarreal
    Athletic Bilbao|Athletic Club
    Real Sociedad
    Real Betis|Betis
    Juventus|Juve
    AC Milan|Milan AC
    Inter Milan|Internazionale
    AS Roma
    SS Lazio
    SSC Napoli
    Fiorentina
    Atalanta
    Bayern Munich|Bayern|Bayern München|FC Bayern
    Borussia Dortmund|BVB
    Bayer Leverkusen|Leverkusen
    RB Leipzig
    Schalke|Schalke 04
    Werder Bremen
    Eintracht Frankfurt
    VfB Stuttgart
    Hamburg SV|Hamburger SV|HSV
    Paris Saint-Germain|PSG|Paris St-Germain|Paris St Germain
    Olympique de Marseille|OM
    Olympique Lyonnais
    AS Monaco
    Lille OSC
    Ajax|Ajax Amsterdam
    PSV Eindhoven|PSV
    Feyenoord
    Benfica
    FC Porto
    Sporting Lisbon|Sporting CP
    Anderlecht
    Club Brugge
    Galatasaray
    Fenerbahçe|Fenerbahce
    Beşiktaş|Besiktas
    Olympiacos
    Panathinaikos
    Spartak Moscow
    CSKA Moscow
    Zenit St Petersburg|Zenit
    Dynamo Kyiv|Dynamo Kiev
    Shakhtar Donetsk|Shakhtar
    Red Star Belgrade
    Dinamo Zagreb
    Sparta Prague
    Legia Warsaw
    Red Bull Salzburg
    FC Basel
    FC Copenhagen
    Rosenborg
    # Football clubs: rest of the world
    Boca Juniors
    River Plate
    Flamengo
    Santos FC
    Corinthians
    Palmeiras
    Al Ahly
    Zamalek
    Al Hilal
    Al Nassr
    Inter Miami
    LA Galaxy
    Kaizer Chiefs
    Orlando Pirates
    # Other sport
    Dallas Cowboys
    New England Patriots
    Green Bay Packers
    Kansas City Chiefs
    San Francisco 49ers|49ers
    Los Angeles Lakers|LA Lakers|Lakers
    Boston Celtics
    Chicago Bulls
    Golden State Warriors
    New York Yankees|Yankees
    Boston Red Sox|Red Sox
    Los Angeles Dodgers|Dodgers
    Chicago Cubs
    New York Knicks|Knicks
    Toronto Maple Leafs
    Montreal Canadiens
    Harlem Globetrotters
    McLaren F1
    Red Bull Racing
    Mercedes F1|Mercedes AMG
    Williams F1|Williams Racing
    Scuderia Ferrari
    Team Sky|Ineos Grenadiers
    Ineos
    All Blacks
    Wallabies
    Springboks
    British and Irish Lions|British & Irish Lions
    Barbarians
    Leicester Tigers
    Wasps
    Saracens
    Harlequins
    Munster Rugby
    Leinster Rugby
    Yorkshire County Cricket Club
    Lancashire County Cricket Club
    Mumbai Indians
    Chennai Super Kings
    Indian Premier League|IPL
    Big Bash League|Big Bash
    Super Rugby
    Australian Football League|AFL
    National Rugby League|NRL
    """

    /// Given names: `Name|g`, g = m, f or u (either).
    static let givenNames = """
    Aamir|m
    Aaron|m
    Aarti|f
    Abbas|m
    Abdallah|m
    Abdel|m
    Abdelaziz|m
    Abdelilah|m
    Abdelkader|m
    Abdelmadjid|m
    Abdoulaye|m
    Abdul|m
    Abdulaziz|m
    Abdullah|m
    Abdullahi|m
    Abdulrahman|m
    Abdurrahman|m
    Abe|m
    Abena|f
    Abhishek|m
    Abhisit|m
    Abigail|f
    Abiy|m
    Abolfazl|m
    Abraham|m
    Abu|m
    Abul|m
    Achim|m
    Achraf|m
    Ada|f
    Adaeze|f
    Adam|m
    Adama|m
    Adebayo|m
    Adel|m
    Adele|f
    Ademola|m
    Adenike|f
    Adewale|m
    Adil|m
    Aditi|f
    Aditya|m
    Adolfo|m
    Adrian|m
    Adriana|f
    Advait|m
    Adwoa|f
    Adèle|f
    Agatha|f
    Agim|m
    Agnes|f
    Agnieszka|f
    Agnès|f
    Agustín|m
    Ahlam|f
    Ahmad|m
    Ahmadou|m
    Ahmadu|m
    Ahmed|m
    Ahmet|m
    Ai|f
    Aidan|m
    Aiko|f
    Aileen|f
    Ailsa|f
    Aisha|f
    Aishah|f
    Aishwarya|f
    Aissatou|f
    Aitor|m
    Aitzaz|m
    Ajay|m
    Ajinkya|m
    Ajit|m
    Akash|m
    Akbar|m
    Akhilesh|m
    Akhmad|m
    Akihito|m
    Akiko|f
    Akinwumi|m
    Akinyi|f
    Akio|m
    Akira|u
    Akosua|f
    Akram|m
    Akshay|m
    Akua|f
    Alaa|m
    Alain|m
    Alan|m
    Alasdair|m
    Alassane|m
    Alastair|m
    Alba|f
    Albert|m
    Alberto|m
    Alcides|m
    Alec|m
    Aled|m
    Alejandra|f
    Alejandro|m
    Aleksandar|m
    Aleksander|m
    Aleksandr|m
    Aleksandra|f
    Aleksei|m
    Alessandra|f
    Alessandro|m
    Alessia|f
    Alessio|m
    Alex|u
    Alexander|m
    Alexandra|f
    Alexandria|f
    Alexei|m
    Alexey|m
    Alexis|u
    Alf|m
    Alfie|m
    Alfonso|m
    Alfred|m
    Alfredo|m
    Algirdas|m
    Alhassan|m
    Ali|u
    Alia|f
    Alice|f
    Alicia|f
    Alicja|f
    Alija|m
    Aliki|f
    Alina|f
    Aline|f
    Alireza|m
    Alison|f
    Alistair|m
    Aliyu|m
    Alla|f
    Allan|m
    Allen|m
    Allison|f
    Almazbek|m
    Alpha|m
    Altaf|m
    Alun|m
    Alvaro|m
    Alvin|m
    Alyona|f
    Ama|f
    Amado|m
    Amadou|m
    Amal|u
    Amalia|f
    Amanda|f
    Amani|u
    Amar|m
    Amarinder|m
    Amber|f
    Ambrose|m
    Amelia|f
    Amelie|f
    Amin|m
    Amina|f
    Aminah|f
    Aminata|f
    Amir|m
    Amira|f
    Amit|u
    Amitabh|m
    Amjad|m
    Ammar|m
    Amr|m
    Amrita|f
    Amrullah|m
    Amy|f
    Amélie|f
    Ana|f
    Anand|m
    Anant|m
    Ananya|f
    Anas|m
    Anastasia|f
    Anatoly|m
    Anbu|m
    Anders|m
    Andoni|m
    Andrea|u
    Andreas|m
    Andrei|m
    Andrej|m
    Andres|m
    Andrew|m
    Andrey|m
    Andris|m
    Andriy|m
    Andrus|m
    Andrzej|m
    André|m
    Andrés|m
    Andy|u
    Angel|m
    Angela|f
    Angelina|f
    Angelique|f
    Angelo|m
    Angharad|f
    Angie|f
    Angus|m
    Angélica|f
    Angélique|f
    Anibal|m
    Anil|m
    Anita|f
    Anja|f
    Anjali|f
    Anjum|f
    Anke|f
    Ankit|m
    Ann|f
    Anna|f
    Annalena|f
    Anne|f
    Anne-Marie|f
    Annegret|f
    Anneli|f
    Annette|f
    Annick|f
    Annie|f
    Annika|f
    Anouk|f
    Anoushka|f
    Ante|m
    Anthony|m
    Antje|f
    Antoine|m
    Antoinette|f
    Anton|m
    Antonella|f
    Antonina|f
    Antonio|m
    Antonis|m
    Antony|m
    Antti|m
    Anupam|m
    Anura|m
    Anushka|f
    Anutin|m
    Anwar|m
    Anya|f
    Aníbal|m
    Aodh|m
    Aoife|f
    Aphrodite|f
    Apostolos|m
    April|f
    Arabella|f
    Araceli|f
    Aram|m
    Arantxa|f
    Archana|f
    Archibald|m
    Archie|m
    Ariana|f
    Ariane|f
    Ariel|u
    Arif|m
    Arjen|m
    Arjun|m
    Arjuna|m
    Arkady|m
    Arlene|f
    Arlo|m
    Arman|m
    Armando|m
    Armen|m
    Armin|m
    Arnau|m
    Arnaud|m
    Arnold|m
    Arrigo|m
    Arsene|m
    Arsène|m
    Arta|f
    Artem|m
    Arthur|m
    Arturo|m
    Arturs|m
    Artyom|m
    Arun|m
    Arundhati|f
    Arvind|m
    Aryan|m
    Asad|m
    Asadullah|m
    Asha|f
    Ashley|u
    Ashok|m
    Ashraf|m
    Ashton|m
    Ashwin|m
    Asia|f
    Asif|m
    Askar|m
    Aslan|m
    Asma|f
    Asmaa|f
    Assunção|f
    Astou|f
    Astrid|f
    Atal|m
    Atef|m
    Athena|f
    Atieno|f
    Atiku|m
    Ato|m
    Attila|m
    Aubrey|u
    Audrey|f
    Augusto|m
    Aurelie|f
    Aurora|f
    Aurélie|f
    Austin|m
    Ava|f
    Avery|u
    Avni|f
    Awa|f
    Axel|m
    Aya|f
    Ayaan|f
    Ayaz|m
    Ayesha|f
    Aylin|f
    Ayman|m
    Ayodele|m
    Ayse|f
    Aysha|f
    Ayu|f
    Ayumi|f
    Ayşe|f
    Azadeh|f
    Azhar|m
    Azim|m
    Aziz|m
    Azza|f
    Baaba|m
    Babacar|m
    Babajide|m
    Babak|m
    Babar|m
    Babatunde|m
    Baburam|m
    Bakary|m
    Bakir|m
    Balaji|m
    Baltasar|m
    Balázs|m
    Banu|f
    Barack|m
    Barbara|f
    Barney|m
    Barry|m
    Bartosz|m
    Bas|m
    Bashar|m
    Bashir|m
    Basil|m
    Basim|m
    Basma|f
    Bassam|m
    Bastien|m
    Beata|f
    Beatrice|f
    Beatrix|f
    Beatriz|f
    Becky|f
    Begona|f
    Begoña|f
    Belinda|f
    Bella|f
    Bello|m
    Ben|m
    Benazir|f
    Benedetta|f
    Benedict|m
    Benigno|m
    Benito|m
    Benjamin|m
    Benoit|m
    Benoît|m
    Berna|f
    Bernadette|f
    Bernard|m
    Bernd|m
    Bernhard|m
    Bert|m
    Bertie|m
    Bertram|m
    Bertrand|m
    Beryl|f
    Beth|f
    Bethan|f
    Bethany|f
    Beto|m
    Betsy|f
    Bettina|f
    Betty|f
    Betul|f
    Betül|f
    Beverley|f
    Beverly|f
    Bhagat|m
    Bharat|m
    Bhavna|f
    Bianca|f
    Bidya|f
    Bidzina|m
    Bijan|m
    Bilal|m
    Bilawal|m
    Biljana|f
    Bill|m
    Billie|u
    Billy|m
    Bimala|f
    Bin|m
    Binali|m
    Birendra|m
    Birgit|f
    Bisi|f
    Bjarne|m
    Bjorn|m
    Björn|m
    Blair|u
    Blaise|m
    Blake|m
    Blanca|f
    Blessing|f
    Bo|m
    Bob|m
    Boban|m
    Bobbie|u
    Bobby|m
    Bogdan|m
    Bola|m
    Bongani|m
    Bonnie|f
    Boris|m
    Borislav|m
    Boubacar|m
    Boutros|m
    Boyko|m
    Bozena|f
    Bożena|f
    Brad|m
    Bradley|m
    Brandon|m
    Branislav|m
    Branko|m
    Brenda|f
    Brendan|m
    Brent|m
    Bret|m
    Brett|m
    Brian|m
    Bridget|f
    Brigid|f
    Brigitte|f
    Britney|f
    Britt|f
    Britta|f
    Brittany|f
    Bronagh|f
    Bronisław|m
    Bronwyn|f
    Brooke|f
    Bruce|m
    Bruno|m
    Bryan|m
    Buchi|f
    Bulent|m
    Burhanuddin|m
    Bushra|f
    Buthaina|f
    Byron|m
    Béatrice|f
    Bülent|m
    Caetano|m
    Callum|m
    Calvin|m
    Cameron|u
    Camilla|f
    Camille|u
    Canan|f
    Candice|f
    Caoimhe|f
    Capucine|f
    Cara|f
    Carey|u
    Carl|m
    Carla|f
    Carles|m
    Carlo|m
    Carlos|m
    Carlton|m
    Carly|f
    Carmen|f
    Carol|f
    Carole|f
    Carolina|f
    Caroline|f
    Carolyn|f
    Carrie|f
    Carter|m
    Carys|f
    Casey|u
    Cassandra|f
    Catalina|f
    Catarina|f
    Cate|f
    Caterina|f
    Cathal|m
    Catherine|f
    Cathy|f
    Catriona|f
    Cecil|m
    Cecile|f
    Cecilia|f
    Cecilie|f
    Cedric|m
    Celia|f
    Celine|f
    Cem|m
    Ceri|f
    Cerys|f
    Cesar|m
    Chad|m
    Chandler|m
    Chandra|m
    Chandrababu|m
    Chandrika|f
    Chantal|f
    Chantelle|f
    Chao|m
    Charity|f
    Charlene|f
    Charles|m
    Charlie|u
    Charlotte|f
    Cheikh|m
    Chelsea|f
    Chen|u
    Cheryl|f
    Chester|m
    Cheteshwar|m
    Chiamaka|f
    Chiara|f
    Chibuike|m
    Chico|m
    Chidi|m
    Chimamanda|f
    Chinedu|m
    Chinua|m
    Chinwe|f
    Chioma|f
    Chipo|f
    Chloe|f
    Chloé|f
    Chris|u
    Christa|f
    Christer|m
    Christian|m
    Christiane|f
    Christina|f
    Christine|f
    Christoph|m
    Christophe|m
    Christopher|m
    Christos|m
    Chuck|m
    Chukwudi|m
    Chukwuma|m
    Ciaran|m
    Ciarán|m
    Cindy|f
    Claire|f
    Clara|f
    Clare|f
    Clarence|m
    Clark|m
    Claude|m
    Claudia|f
    Claudine|f
    Claudio|m
    Clemence|f
    Clement|m
    Cliff|m
    Clifford|m
    Clifton|m
    Clint|m
    Clive|m
    Clodagh|f
    Clémence|f
    Clément|m
    Cody|m
    Cole|m
    Colette|f
    Colin|m
    Colleen|f
    Colm|m
    Colton|m
    Colum|m
    Comfort|f
    Concepción|f
    Conchita|f
    Condoleezza|f
    Connie|f
    Connor|m
    Conor|m
    Constance|f
    Consuelo|f
    Corazon|f
    Corey|m
    Corina|f
    Corinne|f
    Cormac|m
    Cornelia|f
    Cornelius|m
    Cory|m
    Costas|m
    Coumba|f
    Courtney|f
    Craig|m
    Crispin|m
    Cristian|m
    Cristiano|m
    Cristina|f
    Cristobal|m
    Cristóbal|m
    Crystal|f
    Csaba|m
    Cuauhtémoc|m
    Curtis|m
    Cuthbert|m
    Cynthia|f
    Cyril|m
    Czesław|m
    Cécile|f
    Céline|f
    César|m
    Dacia|f
    Dacian|m
    Dafydd|m
    Dagmar|f
    Daisuke|m
    Daisy|f
    Dale|m
    Dalia|f
    Damian|m
    Damien|m
    Damilola|m
    Dan|m
    Dana|u
    Daniel|m
    Daniela|f
    Danny|m
    Dante|m
    Danuta|f
    Daoud|m
    Daphne|f
    Dapo|m
    Dara|m
    Daria|f
    Dario|m
    Dariush|m
    Darlene|f
    Darren|m
    Darya|f
    Dasha|f
    Dave|m
    David|m
    Davide|m
    Davor|m
    Dawn|f
    Dawood|m
    Dean|m
    Debbie|f
    Deborah|f
    Debra|f
    Declan|m
    Deepa|f
    Deepak|m
    Deepika|f
    Deirdre|f
    Delcy|f
    Delia|f
    Delphine|f
    Demetris|m
    Denis|m
    Denise|f
    Deniz|f
    Dennis|m
    Derek|m
    Dermot|m
    Derya|f
    Des|m
    Desmond|m
    Despina|f
    Dev|m
    Devendra|m
    Devi|u
    Devlet|m
    Devon|u
    Dewi|u
    Dexter|m
    Dhirubhai|m
    Dhruv|m
    Diana|f
    Diane|f
    Dianne|f
    Diarmuid|m
    Dick|m
    Didier|m
    Diego|m
    Dieter|m
    Dietrich|m
    Digvijay|m
    Dilip|m
    Dilma|f
    Dimitra|f
    Dimitrios|m
    Dimitris|m
    Dina|f
    Dinesh|m
    Dino|m
    Dirk|m
    Divya|f
    Diya|f
    Dmitri|m
    Dmitry|m
    Dmytro|m
    Doaa|f
    Dolly|f
    Dolores|f
    Domenico|m
    Domingo|m
    Dominic|m
    Dominique|u
    Don|m
    Donal|m
    Donald|m
    Donatella|f
    Donna|f
    Donnacha|m
    Dora|f
    Dorcas|f
    Doreen|f
    Doris|f
    Dorota|f
    Dorothy|f
    Dorte|f
    Doug|m
    Douglas|m
    Dragan|m
    Dragana|f
    Drew|u
    Dries|m
    Droupadi|f
    Dua|f
    Duane|m
    Duc|m
    Dudley|m
    Dulce|f
    Duncan|m
    Dung|m
    Dunja|f
    Durga|f
    Dusan|m
    Dustin|m
    Dutee|f
    Dušan|m
    Dwayne|m
    Dwight|m
    Dylan|m
    Dzhokhar|m
    Eamon|m
    Eamonn|m
    Earl|m
    Ebba|f
    Ebrahim|m
    Ebru|f
    Ebuka|m
    Ed|m
    Eddie|m
    Eddy|m
    Eden|u
    Edgar|m
    Edi|m
    Edin|m
    Edit|f
    Edith|f
    Edmond|m
    Edmund|m
    Edna|f
    Edouard|m
    Edson|m
    Eduard|m
    Eduardo|m
    Edward|m
    Edwige|f
    Edwin|m
    Efua|f
    Egon|m
    Ehsan|m
    Eija|f
    Eileen|f
    Eilidh|f
    Eimear|f
    Ekaterina|f
    Ekrem|m
    Elaine|f
    Eleanor|f
    Elena|f
    Eleni|f
    Eli|m
    Elif|f
    Elijah|m
    Elisa|f
    Elisabeth|f
    Elise|f
    Eliud|m
    Eliza|f
    Elizabeth|f
    Elke|f
    Ella|f
    Ellen|f
    Ellie|f
    Elliot|m
    Elliott|m
    Ellis|m
    Elly|f
    Elmer|m
    Eloise|f
    Elsa|f
    Elsie|f
    Elton|m
    Eluned|f
    Elvira|f
    Elvis|m
    Elzbieta|f
    Elżbieta|f
    Emad|m
    Emanuele|m
    Emeka|m
    Emerson|u
    Emiko|f
    Emil|m
    Emiliano|m
    Emilio|m
    Emily|f
    Emine|f
    Emlyn|m
    Emma|f
    Emmanuel|m
    Emmanuelle|f
    Emmerson|m
    Emmett|m
    Emomali|m
    Emre|m
    Emrys|m
    Enda|m
    Enlai|m
    Enoch|m
    Enrico|m
    Enrique|m
    Enver|m
    Enzo|m
    Eoin|m
    Erdal|m
    Eric|m
    Erica|f
    Erich|m
    Erik|m
    Erin|f
    Erna|f
    Ernest|m
    Ernesto|m
    Ernie|m
    Ernst|m
    Ertuğrul|m
    Erzsebet|f
    Erzsébet|f
    Esi|f
    Esko|m
    Espen|m
    Esperanza|f
    Esra|f
    Esraa|f
    Esteban|m
    Estela|f
    Estelle|f
    Esther|f
    Eszter|f
    Ethan|m
    Ethel|f
    Etienne|m
    Euan|m
    Eugene|m
    Eun-ji|f
    Eunice|f
    Eva|f
    Evan|m
    Evangelos|m
    Evaristo|m
    Eve|f
    Evelyn|f
    Everett|m
    Evgenia|f
    Evgeny|m
    Evita|f
    Evo|m
    Ewa|f
    Ewan|m
    Ezekiel|m
    Ezra|m
    Fabien|m
    Fabienne|f
    Fabio|m
    Fabrice|m
    Fabrizio|m
    Fahd|m
    Faheem|m
    Fairuz|f
    Faisal|m
    Faith|f
    Fang|f
    Farah|f
    Farai|m
    Farhad|m
    Fariba|f
    Faris|m
    Farnaz|f
    Farouk|m
    Farouq|m
    Farshid|m
    Fatema|f
    Fatemeh|f
    Fathi|m
    Fatih|m
    Fatima|f
    Fatimah|f
    Fatma|f
    Fatou|f
    Fatoumata|f
    Faure|m
    Fauzia|f
    Fawad|m
    Fawzi|m
    Fayez|m
    Fazlullah|m
    Federica|f
    Federico|m
    Fela|m
    Felicity|f
    Felipe|m
    Felix|m
    Femi|m
    Femke|f
    Feng|m
    Ferdinand|m
    Ferenc|m
    Fergal|m
    Fergus|m
    Fernanda|f
    Fernando|m
    Ffion|f
    Fidel|m
    Fiifi|m
    Filippo|m
    Filiz|f
    Finlay|m
    Finley|u
    Finn|m
    Fintan|m
    Fiona|f
    Fionnuala|f
    Fleur|f
    Flora|f
    Florence|f
    Florencia|f
    Florian|m
    Floyd|m
    Fodé|m
    Folake|f
    Folasade|f
    Forrest|m
    Fotini|f
    Frances|f
    Francesca|f
    Francesco|m
    Francis|m
    Francisco|m
    Franco|m
    Francois|m
    Franjo|m
    Frank|m
    Frankie|u
    Franklin|m
    Frans|m
    Franz|m
    Franziska|f
    François|m
    Françoise|f
    Fraser|m
    Frauke|f
    Fred|m
    Freddie|m
    Frederick|m
    Frederik|m
    Freida|f
    Frenkie|m
    Freya|f
    Frida|f
    Friedrich|m
    Fritz|m
    Frédéric|m
    Fuad|m
    Fumio|m
    Funke|f
    Funmilayo|f
    Funsho|m
    Fyodor|m
    Fátima|f
    Gabi|u
    Gabor|m
    Gabriel|m
    Gabriela|f
    Gabriele|f
    Gabriella|f
    Gael|m
    Gaetano|m
    Gail|f
    Galina|f
    Galya|f
    Gamal|m
    Ganesh|m
    Gang|m
    Garba|m
    Gareth|m
    Garret|m
    Garrett|m
    Garry|m
    Gary|m
    Gaurav|m
    Gauri|f
    Gautam|m
    Gavin|m
    Gaël|m
    Gearoid|m
    Geert|m
    Geeta|f
    Gemma|f
    Gene|m
    Genevieve|f
    Geneviève|f
    Gennady|m
    Gennaro|m
    Geoff|m
    Geoffrey|m
    Georg|m
    George|m
    Georgi|m
    Georgia|f
    Georgie|u
    Georgina|f
    Georgios|m
    Georgy|m
    Gerald|m
    Geraldine|f
    Gerard|m
    Gerardo|m
    Gerda|f
    Gerhard|m
    Gerry|m
    Gert|m
    Gertrud|f
    Gethin|m
    Geun-hye|f
    Ghada|f
    Ghalia|f
    Ghassan|m
    Gheorghe|m
    Ghislaine|f
    Giacomo|m
    Giada|f
    Giampaolo|m
    Giancarlo|m
    Gianfranco|m
    Gianluca|m
    Gianluigi|m
    Gianna|f
    Gianni|m
    Gift|f
    Gilbert|m
    Gilberto|m
    Giles|m
    Gilles|m
    Gillian|f
    Gina|f
    Ginevra|f
    Ginny|f
    Giorgi|m
    Giorgia|f
    Giorgio|m
    Giorgos|m
    Giovanna|f
    Giovanni|m
    Girija|m
    Girish|m
    Gisela|f
    Gisele|f
    Gisèle|f
    Gita|f
    Gitanas|m
    Giulia|f
    Giuliana|f
    Giulio|m
    Giuseppe|m
    Giuseppina|f
    Gladys|f
    Glafcos|m
    Glen|m
    Glenda|f
    Glenn|m
    Glenys|f
    Gloria|f
    Glyn|m
    Godfrey|m
    Golnaz|f
    Golshifteh|f
    Goncalo|m
    Gonzalo|m
    Gonçalo|m
    Goodluck|m
    Gopal|m
    Goran|m
    Gordana|f
    Gordon|m
    Gotabaya|m
    Govind|m
    Grace|f
    Graciela|f
    Grady|m
    Graeme|m
    Graham|m
    Grainne|f
    Grant|m
    Grazyna|f
    Graça|f
    Grażyna|f
    Greg|m
    Gregor|m
    Gregory|m
    Gresa|f
    Greta|f
    Grigory|m
    Gro|f
    Grzegorz|m
    Gráinne|f
    Guadalupe|f
    Gudrun|f
    Guido|m
    Guillaume|m
    Guillermo|m
    Gul|f
    Gulbuddin|m
    Gunnar|m
    Gunter|m
    Gurbanguly|m
    Gurgen|m
    Gus|m
    Gustave|m
    Gustavo|m
    Guy|m
    Gwen|f
    Gwendolyn|f
    Gwyn|m
    Gwyneth|f
    Gyanendra|m
    Gyorgy|m
    György|m
    Gábor|m
    Gérald|m
    Gérard|m
    Gül|f
    Gülsen|f
    Günter|m
    Günther|m
    Habib|m
    Habibur|m
    Hadi|m
    Hafez|m
    Hafiz|m
    Hage|m
    Haidar|m
    Haider|m
    Haifa|f
    Haile|m
    Haitham|m
    Hakan|m
    Hakim|m
    Hal|m
    Hala|f
    Haleh|f
    Halimah|f
    Halina|f
    Halle|f
    Halvard|m
    Hamad|m
    Hamdan|m
    Hamed|m
    Hamid|m
    Hamidullah|m
    Hamish|m
    Hamza|m
    Hana|f
    Hanaa|f
    Hanan|f
    Hande|f
    Haneen|f
    Hani|m
    Hank|m
    Hanna|f
    Hannah|f
    Hanne|f
    Hannelore|f
    Hans|m
    Hans-Dietrich|m
    Hans-Peter|m
    Hansi|m
    Hao|m
    Harald|m
    Hardik|m
    Hari|m
    Haris|m
    Harish|m
    Harold|m
    Harper|u
    Harriet|f
    Harrison|m
    Harry|m
    Haruka|u
    Haruki|m
    Haruna|m
    Harvey|m
    Hasan|m
    Hashim|m
    Hasina|f
    Hasna|f
    Hassan|m
    Hastings|m
    Hatem|m
    Hatice|f
    Hayao|m
    Hayat|f
    Hayden|u
    Haytham|m
    Hazel|f
    Heath|m
    Heather|f
    Heba|f
    Hector|m
    Heidi|f
    Heike|f
    Heinrich|m
    Heinz|m
    Helen|f
    Helena|f
    Helene|f
    Helga|f
    Helle|f
    Hellen|f
    Helmi|f
    Helmut|m
    Helmuth|m
    Hema|f
    Hemant|m
    Hend|f
    Hendrik|m
    Henk|m
    Henri|m
    Henrietta|f
    Henrik|m
    Henry|m
    Herbert|m
    Herman|m
    Hermann|m
    Hernan|m
    Hernán|m
    Herve|m
    Hervé|m
    Heydar|m
    Hiba|f
    Hibatullah|m
    Hideki|m
    Hideo|m
    Hieu|m
    Hilary|u
    Hilda|f
    Hildegard|f
    Hillary|f
    Hima|f
    Hina|f
    Hind|f
    Hirohito|m
    Hiroki|m
    Hiroko|f
    Hiroshi|m
    Hisham|m
    Hoda|f
    Holger|m
    Holly|f
    Hong|u
    Hooman|m
    Hope|f
    Horace|m
    Horst|m
    Hosni|m
    Hossein|m
    Houda|f
    Howard|m
    Hristijan|m
    Hsien|m
    Hubert|m
    Hubertus|m
    Huda|f
    Hugh|m
    Hugo|m
    Hugues|m
    Hui|u
    Hulya|f
    Humberto|m
    Hung|m
    Hunter|m
    Huseyin|m
    Hussain|m
    Hussein|m
    Huw|m
    Huy|m
    Hye-jin|f
    Héctor|m
    Hélène|f
    Hülya|f
    Hüseyin|m
    Iain|m
    Ian|m
    Ibrahim|m
    Ibrahima|m
    Ibtisam|f
    Ichiro|m
    Ida|f
    Idi|m
    Idris|m
    Idriss|m
    Idrissa|m
    Ieuan|m
    Ifeanyi|m
    Ifeoma|f
    Ignacio|m
    Ignatius|m
    Igor|m
    Ihab|m
    Ijeoma|f
    Ike|m
    Ikechukwu|m
    Ikenna|m
    Iker|m
    Il-sung|m
    Ilaria|f
    Ildiko|f
    Ildikó|f
    Ileana|f
    Ilham|m
    Ilhan|f
    Ilir|m
    Ilona|f
    Ilse|f
    Ilya|m
    Ilyas|m
    Imad|m
    Iman|f
    Imelda|f
    Imogen|f
    Imran|m
    Imre|m
    Inaki|m
    Inas|f
    Indah|f
    Inder|m
    Indira|f
    Indra|u
    Ines|f
    Ing-wen|f
    Inga|f
    Ingeborg|f
    Inger|f
    Ingrid|f
    Ingrida|f
    Inigo|m
    Inmaculada|f
    Inna|f
    Intan|f
    Intisar|f
    Inzamam|m
    Inès|f
    Inés|f
    Inês|f
    Ioan|m
    Ioana|f
    Ioanna|f
    Ioannis|m
    Ion|m
    Ira|u
    Irakli|m
    Irena|f
    Irene|f
    Irfan|m
    Irina|f
    Iris|f
    Irmgard|f
    Irving|m
    Iryna|f
    Isa|m
    Isaac|m
    Isabel|f
    Isabella|f
    Isabelle|f
    Isaiah|m
    Isaias|m
    Ishaan|m
    Ishita|f
    Isla|f
    Islam|m
    Ismael|m
    Ismail|m
    Ismaël|m
    Ismet|m
    Israa|f
    Issa|m
    Istvan|m
    István|m
    Ivan|m
    Ivana|f
    Iveta|f
    Ivica|m
    Ivy|f
    Iván|m
    Iwan|m
    Iwona|f
    Iñaki|m
    Iñigo|m
    Jaap|m
    Jaber|m
    Jabulani|m
    Jacek|m
    Jacinda|f
    Jack|m
    Jackie|u
    Jacob|m
    Jacqueline|f
    Jacques|m
    Jacques-Yves|m
    Jade|f
    Jaden|u
    Jadranka|f
    Jadwiga|f
    Jae-in|m
    Jafar|m
    Jagan|m
    Jagdeep|m
    Jagdish|m
    Jahangir|m
    Jai|m
    Jaime|m
    Jair|m
    Jake|m
    Jakub|m
    Jalal|m
    Jalaluddin|m
    Jamal|m
    James|m
    Jamie|u
    Jamil|m
    Jamila|f
    Jamilah|f
    Jan|u
    Jana|f
    Jane|f
    Janet|f
    Janice|f
    Janos|m
    Janusz|m
    Jared|m
    Jari|m
    Jaroslaw|m
    Jarosław|m
    Jarrod|m
    Jasmine|f
    Jason|m
    Jasper|m
    Jasprit|m
    Jassim|m
    Jaswant|m
    Javad|m
    Javed|m
    Javier|m
    Jawaharlal|m
    Jay|m
    Jaya|u
    Jayant|m
    Jean|u
    Jean-Claude|m
    Jean-François|m
    Jean-Luc|m
    Jean-Marie|m
    Jean-Paul|m
    Jean-Pierre|m
    Jeanette|f
    Jeanne|f
    Jeannette|f
    Jeb|m
    Jef|m
    Jeff|m
    Jeffrey|m
    Jelena|f
    Jemima|f
    Jenna|f
    Jennie|f
    Jennifer|f
    Jenny|f
    Jens|m
    Jeremy|m
    Jeroen|m
    Jerome|m
    Jerrod|m
    Jerry|m
    Jerzy|m
    Jess|u
    Jesse|u
    Jessica|f
    Jesus|m
    Jesús|m
    Jethro|m
    Jette|f
    Ji-woo|f
    Ji-yeon|f
    Jiabao|m
    Jian|m
    Jie|m
    Jill|f
    Jim|m
    Jimmy|m
    Jing|f
    Jinping|m
    Jintao|m
    Jiri|m
    Jisoo|f
    Jitendra|m
    Jitka|f
    Jiří|m
    Jo|u
    Joachim|m
    Joan|f
    Joana|f
    Joanna|f
    Joanne|f
    Joao|m
    Joaquin|m
    Joaquín|m
    Jocelyn|f
    Jochen|m
    Jodie|f
    Jody|u
    Joe|m
    Joel|m
    Joelle|f
    Joey|m
    Johan|m
    Johann|m
    Johannes|m
    John|m
    Johnny|m
    Joko|m
    Jokowi|m
    Jolanda|f
    Jolanta|f
    Jomo|m
    Jon|m
    Jonah|m
    Jonas|m
    Jonathan|m
    Jong-il|m
    Jong-un|m
    Jonna|f
    Jonny|m
    Joost|m
    Jordan|u
    Jordi|m
    Jorg|m
    Jorge|m
    Joschka|m
    Jose|m
    Josef|m
    Josefina|f
    Josep|m
    Joseph|m
    Josephine|f
    Josh|m
    Joshua|m
    Josiane|f
    Joss|u
    Jostein|m
    José|m
    Joy|f
    Joyce|f
    Jozef|m
    João|m
    Joël|m
    Joëlle|f
    Juan|m
    Juana|f
    Judi|f
    Judit|f
    Judith|f
    Judy|f
    Juha|m
    Jules|u
    Julia|f
    Julian|m
    Juliana|f
    Julie|f
    Julien|m
    Juliet|f
    Juliette|f
    Julio|m
    Julius|m
    Jumana|f
    Jun|u
    Junaid|m
    June|f
    Junichiro|m
    Jurgen|m
    Juri|m
    Justin|m
    Justyna|f
    Jutta|f
    Jyrki|m
    Ján|m
    János|m
    Jérôme|m
    Józef|m
    Jörg|m
    Jürgen|m
    Jüri|m
    Kabir|m
    Kadiatou|f
    Kagiso|m
    Kai|u
    Kais|m
    Kaja|f
    Kajol|f
    Kako|f
    Kaká|m
    Kalpana|f
    Kamal|m
    Kamala|f
    Kamila|f
    Kamla|f
    Kamran|m
    Kane|m
    Kangana|f
    Kapil|m
    Karan|m
    Kareena|f
    Karel|m
    Karen|u
    Kari|f
    Karim|m
    Karin|f
    Karl|m
    Karl-Heinz|m
    Karoliina|f
    Karsten|m
    Karthik|m
    Kash|m
    Kashif|m
    Kasper|m
    Kassym-Jomart|m
    Katalin|f
    Katarina|f
    Katarzyna|f
    Kate|f
    Katerina|f
    Kateryna|f
    Katharina|f
    Katherine|f
    Kathleen|f
    Kathryn|f
    Kathy|f
    Katie|f
    Katja|f
    Katrin|f
    Katrina|f
    Katy|f
    Katya|f
    Kaveh|m
    Kavita|f
    Kay|f
    Kayla|f
    Kayleigh|f
    Kazimierz|m
    Kazuki|m
    Kazuko|f
    Kazuo|m
    Keeley|f
    Kees|m
    Keiko|f
    Keir|m
    Keira|f
    Keith|m
    Keizo|m
    Kelly|u
    Kelvin|m
    Kemal|m
    Kemi|f
    Ken|m
    Kendall|u
    Kenenisa|m
    Kenji|m
    Kennedy|u
    Kenneth|m
    Kenny|m
    Kent|m
    Kenton|m
    Kenzaburo|m
    Keqiang|m
    Kerry|u
    Kersti|f
    Kerstin|f
    Keshav|m
    Ketevan|f
    Kevin|m
    Kezia|f
    Kgalema|m
    Khadga|m
    Khadija|f
    Khadijah|f
    Khady|f
    Khaled|m
    Khaleda|f
    Khalid|m
    Khalifa|m
    Khalil|m
    Khanh|m
    Khurram|m
    Ki-moon|m
    Kiera|f
    Kieran|m
    Kiet|m
    Kiko|f
    Kim|u
    Kimberly|f
    Kimi|m
    Kinga|f
    Kiran|u
    Kiril|m
    Kirill|m
    Kirk|m
    Kirsi|f
    Kirsteen|f
    Kirsten|f
    Kirsty|f
    Kishore|m
    Kit|u
    Kjell|m
    Klaas|m
    Klara|f
    Klaus|m
    Klára|f
    Knut|m
    Kobina|m
    Koen|m
    Kofi|m
    Koji|m
    Kojo|m
    Kolinda|f
    Kolo|m
    Konstantin|m
    Konstantinos|m
    Kostas|m
    Kosuke|m
    Kourosh|m
    Kris|u
    Krishna|m
    Krisjanis|m
    Kristalina|f
    Kristen|f
    Kristi|f
    Kristian|m
    Kristiina|f
    Kristin|f
    Kristina|f
    Krisztina|f
    Kriti|f
    Krystyna|f
    Krzysztof|m
    Ksenia|f
    Kseniya|f
    Kudakwashe|m
    Kunio|m
    Kunle|m
    Kurmanbek|m
    Kurt|m
    Kwabena|m
    Kwadwo|m
    Kwaku|m
    Kwame|m
    Kwasi|m
    Kwesi|m
    Kyle|m
    Kylian|m
    Kylie|f
    Kyoko|f
    Kyriakos|m
    Lachlan|m
    Ladislav|m
    Laetitia|f
    Laila|f
    Lakshmi|f
    Lalit|m
    Lalu|m
    Lamar|m
    Lamberto|m
    Lamia|f
    Lamine|m
    Lamya|f
    Lan|f
    Lance|m
    Lane|u
    Lang|m
    Larisa|f
    Larissa|f
    Larry|m
    Lars|m
    Lasith|m
    Laszlo|m
    Lata|f
    Latif|m
    Laura|f
    Laure|f
    Lauren|f
    Laurence|u
    Laurent|m
    Lauri|m
    Laurie|u
    Lawrence|m
    Layla|f
    Lazaro|m
    Lea|f
    Leah|f
    Leanne|f
    Lech|m
    Lee|u
    Lei|m
    Leif|m
    Leila|f
    Len|m
    Lena|f
    Lene|f
    Leni|f
    Lenka|f
    Lenny|m
    Leo|m
    Leon|m
    Leonard|m
    Leonardo|m
    Leonid|m
    Leonor|f
    Leopoldo|m
    Lesley|f
    Leslie|u
    Lestari|f
    Leszek|m
    Leticia|f
    Letizia|f
    Lev|m
    Levon|m
    Levy|m
    Lewis|m
    Leyla|f
    Liam|m
    Lidia|f
    Lieke|f
    Liisa|f
    Lillian|f
    Lily|f
    Lina|f
    Linas|m
    Linda|f
    Lindani|m
    Lindiwe|f
    Lindsay|u
    Lindsey|u
    Linnea|f
    Lionel|m
    Lisa|f
    Liv|f
    Livia|f
    Liyuan|f
    Liz|f
    Lizzie|f
    Ljiljana|f
    Llewellyn|m
    Lloyd|m
    Llywelyn|m
    Logan|u
    Lois|f
    Lorcan|m
    Loren|u
    Lorena|f
    Lorenza|f
    Lorenzo|m
    Lorna|f
    Lorne|m
    Lorraine|f
    Lothar|m
    Lotte|f
    Lou|u
    Louane|f
    Louis|m
    Louisa|f
    Louise|f
    Loujain|f
    Lourdes|f
    Lowell|m
    Lowri|f
    Lubna|f
    Luc|m
    Luca|m
    Lucas|m
    Lucia|f
    Luciana|f
    Luciano|m
    Lucie|f
    Lucien|m
    Lucinda|f
    Lucy|f
    Lucía|f
    Ludovica|f
    Luigi|m
    Luis|m
    Luisa|f
    Luise|f
    Luka|m
    Lukas|m
    Lukasz|m
    Luke|m
    Lula|m
    Lungile|m
    Lupita|f
    Luther|m
    Luz|f
    Luís|m
    Lwazi|m
    Lydia|f
    Lyle|m
    Lyndon|m
    Lynn|f
    Lynne|f
    Lyuba|f
    Lyudmila|f
    Lyudmyla|f
    László|m
    Lázaro|m
    Léa|f
    Maarten|m
    Mabel|f
    Maciej|m
    Mackenzie|u
    Macky|m
    Madeleine|f
    Madeline|f
    Madhav|m
    Madhuri|f
    Madison|u
    Maeve|f
    Magdalena|f
    Maggie|f
    Magnus|m
    Maha|f
    Mahamat|m
    Mahathir|m
    Mahdi|m
    Mahela|m
    Mahendra|m
    Mahesh|m
    Mahinda|m
    Mahmoud|m
    Mahmud|m
    Mahsa|f
    Mai|f
    Maia|f
    Mairead|f
    Mairi|f
    Maithripala|m
    Maja|f
    Majid|m
    Majida|f
    Makena|f
    Mako|f
    Makoto|u
    Malak|f
    Malala|f
    Malcolm|m
    Malgorzata|f
    Malik|m
    Malu|f
    Mamadi|m
    Mamadou|m
    Mamata|f
    Manal|f
    Mandla|m
    Mandy|f
    Manfred|m
    Manish|m
    Manju|f
    Manmohan|m
    Manny|m
    Manoj|m
    Manon|f
    Mansoor|m
    Mansour|m
    Mansur|m
    Manuel|m
    Manuela|f
    Mara|f
    Marc|m
    Marcel|m
    Marcela|f
    Marcello|m
    Marcelo|m
    Marcia|f
    Marco|m
    Marcos|m
    Marcus|m
    Marek|m
    Margaret|f
    Margarita|f
    Margaux|f
    Margit|f
    Margot|f
    Margrethe|f
    Maria|f
    Mariam|f
    Mariama|f
    Marian|f
    Mariana|f
    Marianna|f
    Marianne|f
    Mariano|m
    Mariastella|f
    Marie|f
    Marie-Claire|f
    Marie-France|f
    Marieke|f
    Marija|f
    Marijke|f
    Mariko|f
    Marilyn|f
    Marina|f
    Marine|f
    Mario|m
    Marion|u
    Marisa|f
    Marisol|f
    Mariusz|m
    Mariya|f
    Mariza|f
    Marjan|f
    Marjatta|f
    Marjorie|f
    Marju|f
    Mark|m
    Marketa|f
    Markus|m
    Markéta|f
    Marlene|f
    Marley|u
    Marshall|m
    Mart|m
    Marta|f
    Martha|f
    Martin|m
    Martina|f
    Martine|f
    Marty|m
    Martín|m
    Marvin|m
    Marwa|f
    Marwan|m
    Mary|f
    Maryam|f
    María|f
    Marília|f
    Masahiro|m
    Masako|f
    Masayoshi|m
    Masha|f
    Mashrafe|m
    Masih|f
    Mason|m
    Masood|m
    Masoud|m
    Massimo|m
    Masud|m
    Mateo|m
    Mateusz|m
    Mathieu|m
    Mathilde|f
    Mathis|m
    Mats|m
    Matt|m
    Matteo|m
    Matthew|m
    Matthias|m
    Matthieu|m
    Matti|m
    Maud|f
    Maureen|f
    Maurice|m
    Mauricio|m
    Maurizio|m
    Max|u
    Maxim|m
    Maxima|f
    Maxime|m
    Maxine|f
    Maya|f
    Maysa|f
    Mazen|m
    Maëlle|f
    Małgorzata|f
    Mbali|f
    Meena|f
    Meera|f
    Megan|f
    Megawati|f
    Megumi|f
    Mehdi|m
    Mehmet|m
    Mehran|m
    Mehwish|f
    Mei|f
    Meiling|f
    Mel|u
    Melanie|f
    Meles|m
    Melina|f
    Melinda|f
    Melissa|f
    Melvin|m
    Memphis|m
    Mengistu|m
    Meral|f
    Mercedes|f
    Mercy|f
    Meredith|f
    Merv|m
    Mervat|f
    Merve|f
    Mervyn|m
    Meryl|f
    Mesut|m
    Mette|f
    Mette-Marit|f
    Mhairi|f
    Mia|f
    Micah|u
    Michael|m
    Michal|m
    Michalis|m
    Michał|m
    Michel|m
    Michela|f
    Michele|m
    Michelle|f
    Micheál|m
    Michiko|f
    Mick|m
    Mickey|m
    Mieke|f
    Miguel|m
    Mihaela|f
    Mihir|m
    Mika|m
    Mikael|m
    Mike|m
    Mikel|m
    Mikhail|m
    Mikheil|m
    Miklos|m
    Miklós|m
    Mikuláš|m
    Mildred|f
    Miles|m
    Miley|f
    Milica|f
    Millie|f
    Milo|m
    Milorad|m
    Milos|m
    Miloš|m
    Milton|m
    Mimoza|f
    Min|u
    Min-ji|f
    Mina|f
    Mindy|f
    Ming|u
    Minh|m
    Minna|f
    Mira|f
    Miranda|f
    Mircea|m
    Miriam|f
    Mirjana|f
    Mirko|m
    Mirosław|m
    Misaki|f
    Mitch|m
    Mitchell|m
    Mithali|f
    Mithila|f
    Mitt|m
    Mladen|m
    Mo|m
    Moammar|m
    Modibo|m
    Mohamad|m
    Mohamed|m
    Mohammad|m
    Mohammed|m
    Mohan|m
    Mohandas|m
    Mohsen|m
    Mohsin|m
    Moisés|m
    Mojtaba|m
    Molly|f
    Mona|f
    Monica|f
    Monika|f
    Monique|f
    Montserrat|f
    Monty|m
    Moqtada|m
    Morag|f
    Mordecai|m
    Morgan|u
    Morten|m
    Morteza|m
    Morven|f
    Moses|m
    Mounir|m
    Moussa|m
    Muammar|m
    Muhammad|m
    Muhammadu|m
    Mujibur|m
    Mukesh|m
    Mukul|m
    Mulayam|m
    Mumbua|f
    Muna|f
    Munir|m
    Muqtada|m
    Murat|m
    Murdo|m
    Muriel|f
    Murli|m
    Murray|m
    Musa|m
    Mushfiqur|m
    Mushtaq|m
    Mustafa|m
    Muttiah|m
    Mwai|m
    Mwanaisha|f
    Myfanwy|f
    Myra|f
    Márcia|f
    Mária|f
    Máxima|f
    Mónica|f
    Na|f
    Nabil|m
    Nabila|f
    Nada|f
    Nadeem|m
    Nadege|f
    Nader|m
    Nadezhda|f
    Nadia|f
    Nadine|f
    Nadya|f
    Nadège|f
    Nafisa|f
    Naguib|m
    Naima|f
    Najat|f
    Naji|m
    Najib|m
    Najibullah|m
    Najwa|f
    Naledi|f
    Namadi|m
    Nana|u
    Nanako|f
    Nancy|f
    Nandan|m
    Nandini|f
    Naoki|m
    Naomi|f
    Naoto|m
    Narendra|m
    Naresh|m
    Narges|f
    Naruhito|m
    Nasir|m
    Nasrin|f
    Nasser|m
    Nat|u
    Natalia|f
    Natalie|f
    Nataliya|f
    Natalya|f
    Natasa|f
    Natasha|f
    Nataša|f
    Nathalie|f
    Nathan|m
    Nathaniel|m
    Natsuki|f
    Naveed|m
    Naveen|m
    Navjot|m
    Nawaf|m
    Nawal|f
    Nawaz|m
    Nayef|m
    Nazanin|f
    Nazli|f
    Nazlı|f
    Ndeye|f
    Nebojsa|m
    Nebojša|m
    Necmettin|m
    Ned|m
    Neema|f
    Neeraj|m
    Neha|f
    Neil|m
    Nell|f
    Nellie|f
    Nelson|m
    Nemanja|m
    Nermeen|f
    Nesreen|f
    Nestor|m
    Neville|m
    Newt|m
    Neymar|m
    Ngozi|f
    Nia|f
    Niall|m
    Niamh|f
    Nicholas|m
    Nick|m
    Nicola|u
    Nicolae|m
    Nicolas|m
    Nicole|f
    Nicoletta|f
    Nicolás|m
    Nicos|m
    Niels|m
    Nigel|m
    Nikhil|m
    Niki|f
    Nikita|m
    Nikki|u
    Niklas|m
    Nikol|m
    Nikola|m
    Nikolai|m
    Nikolay|m
    Nikos|m
    Nilde|f
    Nilesh|m
    Niloofar|f
    Nils|m
    Nilufer|f
    Nilüfer|f
    Nina|f
    Nino|f
    Nirav|m
    Nirmala|f
    Nisha|f
    Nisreen|f
    Nitin|m
    Nitish|m
    Nizar|m
    Njeri|f
    Nkechi|f
    Nkosana|m
    Nkosazana|f
    Nnamdi|m
    Noa|u
    Noel|u
    Noemie|f
    Noha|f
    Nolan|m
    Nomvula|f
    Noor|u
    Nora|f
    Norbert|m
    Noriko|f
    Norma|f
    Norman|m
    Norris|m
    Nosipho|f
    Nour|f
    Nouri|m
    Novak|m
    Noémie|f
    Nthabiseng|f
    Nuala|f
    Nuhu|m
    Nuno|m
    Nur|u
    Nura|f
    Nuri|m
    Nuria|f
    Nursultan|m
    Nusrat|f
    Nyokabi|f
    Néstor|m
    Núria|f
    Obafemi|m
    Obaidullah|m
    Obiageli|f
    Obinna|m
    Oceane|f
    Océane|f
    Odd|m
    Odile|f
    Ogbonna|m
    Ognjen|m
    Oisin|m
    Okechukwu|m
    Oksana|f
    Ola|f
    Olaf|m
    Ole|m
    Oleg|m
    Oleksandr|m
    Oleksiy|m
    Olena|f
    Olga|f
    Olive|f
    Oliver|m
    Olivia|f
    Olivier|m
    Olli|m
    Ollie|u
    Olof|m
    Olumide|m
    Olusegun|m
    Oluwakemi|f
    Oluwaseun|m
    Omar|m
    Omer|u
    Omid|m
    Oonagh|f
    Orhan|m
    Ori|u
    Oriol|m
    Orla|f
    Orlando|m
    Ornella|f
    Osama|m
    Oscar|m
    Osman|m
    Oswald|m
    Ottavio|m
    Otto|m
    Oumar|m
    Oumou|f
    Oupa|m
    Ousmane|m
    Owen|m
    Ozan|m
    Ozlem|f
    Ozzy|m
    Pablo|m
    Paco|m
    Padma|f
    Padraig|m
    Paetongtarn|f
    Paivi|f
    Paloma|f
    Pamela|f
    Panagiotis|m
    Pancho|m
    Pankaj|m
    Paola|f
    Paolo|m
    Parag|m
    Parineeti|f
    Parisa|f
    Parker|u
    Parvin|f
    Parviz|m
    Pascal|m
    Pascale|f
    Pasquale|m
    Pat|u
    Patience|f
    Patrice|m
    Patricia|f
    Patrick|m
    Patrizia|f
    Pau|m
    Paul|m
    Paula|f
    Paulette|f
    Pauline|f
    Paulo|m
    Pavel|m
    Pavlos|m
    Pawan|m
    Pawel|m
    Paweł|m
    Payam|m
    Payton|u
    Paz|f
    Pearl|f
    Pedro|m
    Peer|m
    Peggy|f
    Pekka|m
    Pelé|m
    Penelope|f
    Peng|m
    Penny|f
    Penélope|f
    Pep|m
    Per|m
    Percival|m
    Percy|m
    Pere|m
    Pernille|f
    Pervez|m
    Pete|m
    Peter|m
    Petr|m
    Petra|f
    Petros|m
    Petru|m
    Peyton|u
    Phil|m
    Philip|m
    Philipp|m
    Philippa|f
    Philippe|m
    Phillip|m
    Phoebe|f
    Phoenix|u
    Phyllis|f
    Pier|m
    Pierre|m
    Piers|m
    Pieter|m
    Pietro|m
    Pilar|f
    Pim|m
    Pinar|f
    Ping|u
    Piotr|m
    Pirkko|f
    Piyush|m
    Polina|f
    Polly|f
    Pooja|f
    Porfirio|m
    Poul|m
    Prabha|f
    Prabowo|m
    Prakash|m
    Pramod|m
    Pranab|m
    Prashant|m
    Pratap|m
    Praveen|m
    Prayut|m
    Prayuth|m
    Preben|m
    Precious|f
    Predrag|m
    Preeti|f
    Prem|m
    Primo|m
    Priscilla|f
    Priti|f
    Priya|f
    Priyanka|f
    Prudence|f
    Pushpa|f
    Putri|f
    Pyotr|m
    Pádraig|m
    Päivi|f
    Péter|m
    Pınar|f
    Qaboos|m
    Qamar|m
    Qasem|m
    Qasim|m
    Qassem|m
    Qiang|m
    Quang|m
    Quentin|m
    Quinn|u
    Qusay|m
    Rachael|f
    Rached|m
    Rachel|f
    Rachid|m
    Rachida|f
    Radha|f
    Radoslaw|m
    Radosław|m
    Radovan|m
    Raed|m
    Rafa|m
    Rafael|m
    Rafal|m
    Rafał|m
    Raffaele|m
    Raffaella|f
    Rafik|m
    Rafiq|m
    Ragnhild|f
    Raheel|m
    Rahm|m
    Rahmatullah|m
    Rahul|m
    Raila|m
    Raimundo|m
    Rainer|m
    Raisa|f
    Raj|m
    Rajan|m
    Rajeev|m
    Rajesh|m
    Rajinder|m
    Rajiv|m
    Rajnath|m
    Rakesh|m
    Rakhmon|m
    Ralph|m
    Ram|m
    Ramachandran|m
    Raman|m
    Ramesh|m
    Rami|m
    Ramin|m
    Ramnath|m
    Ramon|m
    Ramona|f
    Ramsay|m
    Ramush|m
    Ramya|f
    Ramzan|m
    Ramón|m
    Rana|f
    Ranbir|m
    Rand|m
    Randa|f
    Randall|m
    Randy|m
    Rani|f
    Rania|f
    Ranil|m
    Ranveer|m
    Raphael|m
    Raphaël|m
    Raquel|f
    Rasha|f
    Rasheed|m
    Rashid|m
    Rashida|f
    Rasmus|m
    Ratan|m
    Ratko|m
    Ratna|f
    Rauf|m
    Raul|m
    Ravi|m
    Ravichandran|m
    Ravindra|m
    Rawan|f
    Ray|u
    Raymond|m
    Raúl|m
    Reagan|u
    Rebecca|f
    Rebekah|f
    Recep|m
    Reece|m
    Reem|f
    Reese|u
    Reg|m
    Regina|f
    Reginald|m
    Rehema|f
    Reid|m
    Reince|m
    Reinhard|m
    Rekha|f
    Remi|m
    Remy|m
    Renata|f
    Renate|f
    Renato|m
    Renaud|m
    Rene|u
    Renu|f
    René|m
    Retno|f
    Reuben|m
    Rex|m
    Reza|m
    Rhiannon|f
    Rhodri|m
    Rhona|f
    Rhys|m
    Riad|m
    Ricarda|f
    Ricardo|m
    Richard|m
    Rick|m
    Ricki|u
    Ricky|m
    Rie|f
    Riek|m
    Rigoberta|f
    Riikka|f
    Riley|u
    Rim|f
    Rishabh|m
    Rishi|m
    Rita|f
    Ritesh|m
    Ritu|f
    Riya|f
    Riyad|m
    Rizwan|m
    Rob|m
    Robbie|m
    Robert|m
    Roberta|f
    Roberto|m
    Robin|u
    Rocio|f
    Rocío|f
    Rod|m
    Roderick|m
    Rodney|m
    Rodolfo|m
    Rodrigo|m
    Rogelio|m
    Roger|m
    Rohan|m
    Rohit|m
    Roisin|f
    Rokeya|f
    Rokia|f
    Roland|m
    Rolf|m
    Rollo|m
    Roman|m
    Romane|f
    Romano|m
    Ron|m
    Ronald|m
    Ronaldinho|m
    Ronaldo|m
    Ronan|m
    Ronnie|m
    Rory|u
    Rosa|f
    Rosalind|f
    Rosario|f
    Rose|f
    Roselyne|f
    Rosemarie|f
    Rosemary|f
    Rosie|f
    Ross|m
    Rosy|f
    Rowan|u
    Rowland|m
    Roy|m
    Roya|f
    Ruairi|m
    Ruaridh|m
    Ruby|f
    Rudi|m
    Rudolf|m
    Rudy|u
    Rufus|m
    Ruhollah|m
    Rui|m
    Rumen|m
    Rupa|f
    Rupert|m
    Ruqayya|f
    Ruslan|m
    Russell|m
    Rusty|m
    Rutger|m
    Ruth|f
    Ruud|m
    Ryan|m
    Ryo|m
    Ryszard|m
    Ryutaro|m
    Rémi|m
    Rémy|m
    Róisín|f
    Rüdiger|m
    Saad|m
    Saanvi|f
    Saara|f
    Saba|f
    Sabine|f
    Sabitri|f
    Sabri|m
    Sabrina|f
    Sachiko|f
    Sachin|m
    Saddam|m
    Sadia|f
    Sadie|f
    Sadio|m
    Sadiq|m
    Sadyr|m
    Saeed|m
    Safa|f
    Sage|u
    Sahar|f
    Sahil|m
    Sahra|f
    Saif|m
    Saina|f
    Sajith|m
    Sakshi|f
    Salah|m
    Saleh|m
    Salem|m
    Sali|m
    Salif|m
    Salim|m
    Sally|f
    Salma|f
    Salman|m
    Salome|f
    Salva|m
    Salvador|m
    Salvatore|m
    Sam|u
    Samantha|f
    Samar|f
    Sameer|m
    Sami|m
    Samia|f
    Samina|f
    Samir|m
    Samira|f
    Samuel|m
    Sana|f
    Sanae|f
    Sanath|m
    Sanaz|f
    Sandeep|m
    Sandor|m
    Sandra|f
    Sandro|m
    Sandy|u
    Sangeeta|f
    Sani|m
    Sania|f
    Sanja|f
    Sanjay|m
    Sanjeev|m
    Sanjukta|f
    Sanna|f
    Sanne|f
    Santiago|m
    Santosh|m
    Saoirse|f
    Saparmurat|m
    Sapna|f
    Sara|f
    Sarah|f
    Sarfraz|m
    Sarita|f
    Sasha|u
    Saskia|f
    Satish|m
    Satomi|f
    Satoshi|m
    Satu|f
    Satya|m
    Sauli|m
    Saurav|m
    Savita|f
    Sawsan|f
    Sawyer|u
    Sayed|m
    Sayuri|f
    Scarlett|f
    Scott|m
    Seamus|m
    Sean|m
    Seb|m
    Sebastian|m
    Sebastien|m
    Sebastián|m
    Seema|f
    Segolene|f
    Segun|m
    Seiko|f
    Selahattin|m
    Selena|f
    Selin|f
    Seo-yeon|f
    Serdar|m
    Seren|f
    Serena|f
    Seretse|m
    Serge|m
    Sergei|m
    Sergey|m
    Sergio|m
    Serhiy|m
    Serzh|m
    Seth|m
    Sevgi|f
    Seydou|m
    Seyi|m
    Seán|m
    Shabana|f
    Shadi|f
    Shahbaz|m
    Shahd|f
    Shahid|m
    Shahram|m
    Shahrukh|m
    Shahzad|m
    Shai|u
    Shaima|f
    Shakeel|m
    Shaker|m
    Shakib|m
    Shakira|f
    Shamil|m
    Shane|m
    Shankar|m
    Shannon|u
    Shanti|f
    Sharad|m
    Sharif|m
    Sharmila|f
    Sharon|f
    Shashi|m
    Shaukat|m
    Shaun|m
    Shavkat|m
    Shay|m
    Shazia|f
    Shehbaz|m
    Shehu|m
    Sheila|f
    Shekhar|m
    Shelby|u
    Sher|m
    Sherin|f
    Sherine|f
    Sheryl|f
    Shigeru|m
    Shikhar|m
    Shiloh|u
    Shilpa|f
    Shintaro|m
    Shinzo|m
    Shirin|f
    Shirley|f
    Shiv|m
    Shivraj|m
    Sho|m
    Shoaib|m
    Shobha|f
    Shohei|m
    Shona|f
    Shqipe|f
    Shreya|f
    Shweta|f
    Siamak|m
    Sian|f
    Sibel|f
    Sibongile|f
    Sibusiso|m
    Sibyl|f
    Sid|m
    Siddharth|m
    Sidney|m
    Sidra|f
    Sigmar|m
    Signe|f
    Sihanouk|m
    Siim|m
    Silas|m
    Silke|f
    Silvia|f
    Silvio|m
    Simeon|m
    Simon|m
    Simona|f
    Simone|u
    Sindhu|f
    Sindisiwe|f
    Sinead|f
    Sinisa|m
    Siniša|m
    Sinéad|f
    Siobhan|f
    Siobhán|f
    Sipho|m
    Sirajuddin|m
    Sirimavo|f
    Sirpa|f
    Sita|f
    Sitaram|m
    Siti|f
    Siv|f
    Sizwe|m
    Sjoerd|m
    Skyler|u
    Slobodan|m
    Smriti|f
    Snezana|f
    Snežana|f
    Socrates|m
    Sofia|f
    Sofía|f
    Sohail|m
    Soheila|f
    Sohrab|m
    Solange|f
    Soledad|f
    Solene|f
    Solomon|m
    Solveig|f
    Solène|f
    Sonali|f
    Sonam|f
    Sonia|f
    Sonja|f
    Sonny|m
    Soo-jin|f
    Sophia|f
    Sophie|f
    Soraya|f
    Soren|m
    Sotiris|m
    Souad|f
    Souleymane|m
    Sourav|m
    Spencer|u
    Spyros|m
    Srettha|m
    Sridevi|f
    Srinivas|m
    Stacey|f
    Stan|m
    Stanislav|m
    Stanislaw|m
    Stanisław|m
    Stanley|m
    Stavros|m
    Stefan|m
    Stefania|f
    Stefanie|f
    Stefano|m
    Steffen|m
    Steffi|f
    Stein|m
    Stella|f
    Sten|m
    Stepan|m
    Stephane|m
    Stephanie|f
    Stephen|m
    Sterling|m
    Steve|m
    Steven|m
    Stevie|u
    Stewart|m
    Stig|m
    Stirling|m
    Stjepan|m
    Struan|m
    Stuart|m
    Stéphane|m
    Stéphanie|f
    Suad|f
    Subhas|m
    Subhash|m
    Subramanian|m
    Sudha|f
    Sudhir|m
    Sue|f
    Suella|f
    Suha|f
    Suharto|m
    Sujata|f
    Suk-yeol|m
    Sukarno|m
    Suleiman|m
    Suleyman|m
    Sultana|f
    Sundar|m
    Sundaram|m
    Sunil|u
    Sunita|f
    Sunny|u
    Suresh|m
    Susan|f
    Susana|f
    Susanna|f
    Susanne|f
    Sushil|m
    Sushma|f
    Susi|f
    Suzanne|f
    Sven|m
    Svenja|f
    Sveta|f
    Svetlana|f
    Svyatoslav|m
    Swati|f
    Sydney|u
    Sylvain|m
    Sylvia|f
    Sylvie|f
    Sylwia|f
    Szymon|m
    Sándor|m
    Séamus|m
    Sébastien|m
    Ségolène|f
    Sékou|m
    Sócrates|m
    Sônia|f
    Søren|m
    Süleyman|m
    Tadashi|m
    Tadeusz|m
    Tadhg|m
    Tafadzwa|m
    Tahani|f
    Tahir|m
    Tahmina|f
    Takashi|m
    Takeshi|m
    Tal|u
    Talal|m
    Tamar|f
    Tamara|f
    Tamim|m
    Tammy|f
    Tamta|f
    Tania|f
    Tanja|f
    Tansu|f
    Tanveer|m
    Tanvi|f
    Tanya|f
    Tao|m
    Tara|f
    Taraneh|f
    Taras|m
    Tarek|m
    Tareq|m
    Tariq|m
    Tarique|m
    Tarja|f
    Taro|m
    Tarun|m
    Taslima|f
    Tasneem|f
    Tassos|m
    Tate|m
    Tatiana|f
    Tatyana|f
    Tawfiq|m
    Taylor|u
    Tayyip|m
    Teagan|u
    Tebogo|m
    Ted|m
    Teddy|m
    Teemu|m
    Tegan|f
    Tendai|m
    Teodoro|m
    Terence|m
    Teresa|f
    Tereza|f
    Terry|u
    Tessa|f
    Tetiana|f
    Teuta|f
    Thabo|m
    Thaddeus|m
    Thaksin|m
    Thandeka|f
    Thandi|f
    Thandiwe|f
    Thanh|m
    Thanos|m
    Tharman|m
    Themba|m
    Theo|m
    Theodora|f
    Theodoros|m
    Theresa|f
    Therese|f
    Thierry|m
    Thijs|m
    Thilo|m
    Thomas|m
    Thorbjorn|m
    Thorbjørn|m
    Thorsten|m
    Thulani|m
    Thuli|f
    Théo|m
    Thérèse|f
    Tiago|m
    Tibor|m
    Tidjane|m
    Tiffany|f
    Tigran|m
    Tihomir|m
    Tim|m
    Timo|m
    Timothy|m
    Tina|f
    Tinashe|m
    Tirunesh|f
    Tobias|m
    Toby|m
    Todd|m
    Todor|m
    Tom|m
    Tomas|m
    Tomasz|m
    Tommaso|m
    Tommy|m
    Tomohiro|m
    Tomoko|f
    Tomás|m
    Tomáš|m
    Toni|u
    Tony|m
    Toomas|m
    Tope|m
    Tor|m
    Torquil|m
    Torsten|m
    Toshiki|m
    Tove|f
    Tracey|f
    Tracy|u
    Traian|m
    Travis|m
    Trevor|m
    Trine|f
    Trisha|f
    Tristan|m
    Trond|m
    Troy|m
    Tshepo|m
    Tuan|m
    Tucker|m
    Tugba|f
    Tulsi|f
    Tunde|m
    Turgut|m
    Tushar|m
    Tuula|f
    Tuğba|f
    Tyler|u
    Tânia|f
    Uche|m
    Uday|m
    Uddhav|m
    Uhuru|m
    Ulf|m
    Ulla|f
    Ulrich|m
    Ulrika|f
    Ulrike|f
    Ulysses|m
    Uma|f
    Umar|m
    Umaru|m
    Umberto|m
    Una|f
    Unai|m
    Urho|m
    Ursula|f
    Urszula|f
    Usama|m
    Usha|f
    Usman|m
    Uta|f
    Ute|f
    Uwe|m
    Uzma|f
    Uzo|f
    Vaclav|m
    Vadim|m
    Vagit|m
    Vahe|m
    Vaira|f
    Vaishnavi|f
    Val|u
    Valbona|f
    Valdas|m
    Valdis|m
    Valentin|m
    Valentina|f
    Valentino|m
    Valeria|f
    Valerie|f
    Valeriy|m
    Valery|m
    Vallabhbhai|m
    Valtteri|m
    Valérie|f
    Valéry|m
    Vandana|f
    Vanessa|f
    Varun|m
    Vasco|m
    Vasile|m
    Vasilica|f
    Vasiliki|f
    Vasilis|m
    Vasily|m
    Vasyl|m
    Vaughan|m
    Velupillai|m
    Venkaiah|m
    Venkatesh|m
    Venus|f
    Vera|f
    Vernon|m
    Veronica|f
    Veronique|f
    Verónica|f
    Vesna|f
    Vibeke|f
    Vic|m
    Vicente|m
    Victor|m
    Victoria|f
    Vidya|f
    Vihaan|m
    Vijay|m
    Vijaya|f
    Vikas|m
    Vikram|m
    Viktor|m
    Viktoria|f
    Ville|m
    Vinay|m
    Vince|m
    Vincent|m
    Vinicius|m
    Vinod|m
    Vinícius|m
    Viola|f
    Violet|f
    Viorel|m
    Viorica|f
    Virat|m
    Virender|m
    Virgil|m
    Virginia|f
    Virginie|f
    Vishal|m
    Vitali|m
    Vitaliy|m
    Vitaly|m
    Vitor|m
    Vittoria|f
    Vittorio|m
    Vivek|m
    Vivian|u
    Viviane|f
    Vivienne|f
    Vjosa|f
    Vladimir|m
    Vladimír|m
    Vlado|m
    Vojislav|m
    Volker|m
    Volodymyr|m
    Vrinda|f
    Vuk|m
    Vusi|m
    Vyacheslav|m
    Vytautas|m
    Václav|m
    Véronique|f
    Víctor|m
    Vítor|m
    Věra|f
    Wade|m
    Wael|m
    Wafa|f
    Wahid|m
    Wairimu|f
    Waleed|m
    Walid|m
    Wallace|m
    Walter|m
    Wambui|f
    Wanda|f
    Wangari|f
    Wanjiku|f
    Waqar|m
    Ward|m
    Warren|m
    Wasim|m
    Wayne|m
    Wei|m
    Wendell|m
    Wendy|f
    Werner|m
    Wesley|m
    Whitney|u
    Widad|f
    Wiebke|f
    Wilbur|m
    Wilf|m
    Wilfred|m
    Wilfried|m
    Wilhelm|m
    Wilhelmina|f
    Will|m
    Willem|m
    Willemijn|f
    Willi|m
    William|m
    Willie|m
    Willy|m
    Wilson|m
    Wim|m
    Winifred|f
    Winnie|f
    Winston|m
    Wissam|m
    Wladyslaw|m
    Wojciech|m
    Wole|m
    Wolf|m
    Wolfgang|m
    Wouter|m
    Wren|u
    Wulan|f
    Wyatt|m
    Władysław|m
    Xabi|m
    Xavi|m
    Xavier|m
    Xia|f
    Xiaoping|m
    Ximena|f
    Xin|u
    Xiomara|f
    Yaa|f
    Yael|u
    Yahya|m
    Yakubu|m
    Yalda|f
    Yan|u
    Yann|m
    Yannick|m
    Yannis|m
    Yara|f
    Yaroslav|m
    Yasemin|f
    Yash|m
    Yashwant|m
    Yasir|m
    Yasmin|f
    Yasmina|f
    Yasmine|f
    Yasser|m
    Yassin|m
    Yasuo|m
    Yaw|m
    Yaya|m
    Yazid|m
    Yegor|m
    Yekaterina|f
    Yelena|f
    Yemi|m
    Yemisi|f
    Yevgeny|m
    Yevhen|m
    Yi|u
    Yiannis|m
    Yingluck|f
    Yo-jong|f
    Yogendra|m
    Yogi|m
    Yoko|f
    Yolanda|f
    Yong|m
    Yordanka|f
    Yoshihide|m
    Yoshihiko|m
    Yoshiro|m
    Younis|m
    Younus|m
    Yousaf|m
    Yousef|m
    Youssef|m
    Youssou|m
    Yoweri|m
    Yu|u
    Yu-na|f
    Yuki|u
    Yukio|m
    Yuko|f
    Yulia|f
    Yuliya|f
    Yumi|f
    Yun|f
    Yuna|f
    Yuri|m
    Yuriko|f
    Yuriy|m
    Yury|m
    Yusuf|m
    Yuvraj|m
    Yuzuru|m
    Yves|m
    Yvette|f
    Yvonne|f
    Zabihullah|m
    Zach|m
    Zachary|m
    Zafar|m
    Zahir|m
    Zahra|f
    Zaid|m
    Zainab|f
    Zakaria|m
    Zakir|m
    Zalmay|m
    Zane|m
    Zanele|f
    Zawadi|f
    Zayed|m
    Zaynab|f
    Zbigniew|m
    Zdravko|m
    Zdzisław|m
    Zedong|m
    Zehra|f
    Zeina|f
    Zeinab|f
    Zeke|m
    Zeljko|m
    Zemin|m
    Zeynep|f
    Zhen|f
    Zhiwei|m
    Zia|m
    Ziad|m
    Ziaur|m
    Zico|m
    Zillur|m
    Zina|f
    Zinaida|f
    Zinedine|m
    Zion|u
    Ziyi|f
    Zlatan|m
    Zlatko|m
    Zodwa|f
    Zoe|f
    Zofia|f
    Zohreh|f
    Zola|m
    Zoleka|f
    Zoltan|m
    Zoltán|m
    Zoran|m
    Zoya|f
    Zoé|f
    Zoë|f
    Zsuzsa|f
    Zsuzsanna|f
    Zubaida|f
    Zubair|m
    Zuhair|m
    Zuleikha|f
    Zulfikar|m
    Zurab|m
    Zuzana|f
    Ágnes|f
    Álvaro|m
    Ángel|m
    Ángela|f
    Édith|f
    Édouard|m
    Élisabeth|f
    Élise|f
    Éloïse|f
    Éric|m
    Étienne|m
    Óscar|m
    Özlem|f
    Łukasz|m
    Željko|m
    """

    /// Titles, honorifics and roles written before a name and not part of it; lower case, words separated by one space.
    static let titles = """
    mr
    mr.
    mrs
    mrs.
    ms
    ms.
    miss
    mx
    dr
    dr.
    doctor
    sir
    dame
    lord
    lady
    baroness
    baron
    viscount
    earl
    countess
    duke
    duchess
    marquess
    prof
    prof.
    professor
    president
    president-elect
    vice president
    vice-president
    acting president
    former president
    prime minister
    deputy prime minister
    premier
    chancellor
    vice chancellor
    vice-chancellor
    minister
    foreign minister
    defence minister
    defense minister
    finance minister
    interior minister
    health minister
    education minister
    justice minister
    trade minister
    energy minister
    environment minister
    agriculture minister
    culture minister
    sports minister
    transport minister
    oil minister
    economy minister
    economics minister
    information minister
    home minister
    immigration minister
    industry minister
    housing minister
    labour minister
    labor minister
    minister of state
    junior minister
    shadow minister
    first minister
    chief minister
    secretary
    secretary of state
    secretary-general
    secretary general
    under-secretary
    undersecretary
    deputy secretary
    assistant secretary
    permanent secretary
    home secretary
    foreign secretary
    defence secretary
    health secretary
    education secretary
    business secretary
    culture secretary
    environment secretary
    transport secretary
    work and pensions secretary
    northern ireland secretary
    scotland secretary
    wales secretary
    justice secretary
    shadow chancellor
    shadow home secretary
    shadow foreign secretary
    shadow health secretary
    shadow secretary
    attorney general
    attorney-general
    solicitor general
    solicitor-general
    advocate general
    treasury secretary
    defense secretary
    press secretary
    senator
    sen
    sen.
    state senator
    congressman
    congresswoman
    rep
    rep.
    representative
    speaker
    house speaker
    majority leader
    minority leader
    whip
    chief whip
    mp
    mep
    msp
    mla
    assemblyman
    assemblywoman
    councillor
    councilor
    alderman
    governor
    gov
    gov.
    lieutenant governor
    mayor
    deputy mayor
    lord mayor
    king
    queen
    prince
    princess
    crown prince
    emperor
    empress
    sultan
    emir
    sheikh
    sheik
    shaikh
    pope
    cardinal
    archbishop
    bishop
    rev
    rev.
    reverend
    fr
    fr.
    rabbi
    imam
    mullah
    ayatollah
    grand ayatollah
    cleric
    pastor
    vicar
    deacon
    monk
    nun
    lama
    dalai lama
    general
    gen
    gen.
    lieutenant general
    lt gen
    lt-gen
    major general
    maj gen
    maj-gen
    brigadier
    brigadier general
    brig
    brig gen
    colonel
    col
    col.
    lieutenant colonel
    lt col
    lt-col
    major
    maj
    maj.
    captain
    capt
    capt.
    lieutenant
    lt
    lt.
    second lieutenant
    sergeant
    sgt
    sgt.
    staff sergeant
    corporal
    cpl
    lance corporal
    pte
    pvt
    pvt.
    trooper
    gunner
    airman
    admiral
    adm
    adm.
    rear admiral
    vice admiral
    commodore
    commander
    cmdr
    cdr
    wing commander
    squadron leader
    group captain
    air marshal
    air chief marshal
    field marshal
    marshal
    commandant
    warlord
    inspector
    chief inspector
    detective
    det
    det.
    detective inspector
    det insp
    detective chief inspector
    det chief insp
    detective sergeant
    det sgt
    detective superintendent
    det supt
    superintendent
    supt
    chief superintendent
    chief supt
    constable
    pc
    chief constable
    deputy chief constable
    assistant chief constable
    commissioner
    deputy commissioner
    assistant commissioner
    police chief
    sheriff
    deputy sheriff
    special agent
    spokesman
    spokeswoman
    spokesperson
    chief executive
    chief executive officer
    ceo
    chief operating officer
    coo
    chief financial officer
    cfo
    chief economist
    chief
    chairman
    chairwoman
    chair
    chairperson
    vice chairman
    vice-chairman
    co-founder
    founder
    president and chief executive
    managing director
    executive director
    director general
    director-general
    deputy director
    boss
    owner
    tycoon
    billionaire
    businessman
    businesswoman
    entrepreneur
    investor
    banker
    judge
    justice
    chief justice
    lord justice
    magistrate
    district judge
    mr justice
    mrs justice
    coroner
    prosecutor
    public prosecutor
    chief prosecutor
    attorney
    district attorney
    lawyer
    barrister
    solicitor
    qc
    kc
    coach
    head coach
    manager
    assistant manager
    caretaker manager
    team-mate
    teammate
    striker
    midfielder
    defender
    goalkeeper
    full-back
    centre-back
    skipper
    batsman
    bowler
    all-rounder
    wicketkeeper
    fly-half
    scrum-half
    flanker
    number eight
    quarterback
    pitcher
    jockey
    trainer
    driver
    rider
    cyclist
    sprinter
    athlete
    runner
    swimmer
    boxer
    golfer
    champion
    world champion
    olympic champion
    referee
    umpire
    actor
    actress
    singer
    singer-songwriter
    rapper
    musician
    guitarist
    drummer
    pianist
    composer
    conductor
    film-maker
    filmmaker
    producer
    writer
    author
    novelist
    poet
    playwright
    artist
    painter
    sculptor
    photographer
    designer
    architect
    comedian
    presenter
    broadcaster
    dancer
    ballerina
    chef
    leader
    opposition leader
    party leader
    deputy leader
    rebel leader
    militant leader
    union leader
    leader of the opposition
    deputy
    deputy head
    ambassador
    envoy
    special envoy
    consul
    consul general
    high commissioner
    diplomat
    delegate
    negotiator
    mediator
    analyst
    economist
    strategist
    adviser
    advisor
    aide
    expert
    scientist
    researcher
    lecturer
    historian
    academic
    correspondent
    editor
    political editor
    business editor
    reporter
    journalist
    columnist
    commentator
    blogger
    activist
    campaigner
    protester
    dissident
    opposition figure
    candidate
    nominee
    challenger
    incumbent
    chancellor of the exchequer
    foreign affairs minister
    interim president
    interim prime minister
    caretaker prime minister
    first lady
    first secretary
    general secretary
    party secretary
    crown princess
    grand duke
    archduke
    maharaja
    raja
    rajah
    shah
    tsar
    czar
    kaiser
    pharaoh
    chief rabbi
    patriarch
    metropolitan
    mufti
    grand mufti
    hajji
    haji
    principal
    headteacher
    headmaster
    headmistress
    teacher
    surgeon
    consultant
    physician
    paramedic
    firefighter
    astronaut
    cosmonaut
    soldier
    father
    star
    director
    forward
    winger
    keeper
    """

    /// Lower-case words that make a capitalised sequence an organisation when they are its head or appear in it.
    static let organisationHeads = """
    ministry
    department
    dept
    agency
    party
    council
    committee
    commission
    bank
    central bank
    corporation
    corp
    corp.
    inc
    inc.
    incorporated
    ltd
    ltd.
    limited
    plc
    llc
    llp
    gmbh
    s.a.
    n.v.
    pty
    holdings
    holding
    company
    co
    co.
    companies
    enterprises
    industries
    association
    associations
    federation
    confederation
    union
    unions
    league
    alliance
    coalition
    consortium
    syndicate
    cartel
    university
    universities
    college
    school
    academy
    institute
    institution
    institut
    polytechnic
    seminary
    laboratory
    laboratories
    labs
    foundation
    trust
    charity
    society
    fund
    court
    courts
    tribunal
    army
    navy
    air force
    marines
    police
    constabulary
    gendarmerie
    militia
    militias
    brigade
    brigades
    battalion
    regiment
    division
    corps
    squadron
    fleet
    command
    forces
    service
    services
    office
    authority
    authorities
    board
    bureau
    directorate
    secretariat
    inspectorate
    regulator
    organisation
    organization
    organisations
    organizations
    network
    newspaper
    journal
    herald
    gazette
    tribune
    telegraph
    chronicle
    observer
    courier
    magazine
    press
    broadcasting
    broadcaster
    radio
    television
    tv
    channel
    observatory
    club
    fc
    afc
    rfc
    rovers
    athletic
    athletico
    wanderers
    airlines
    airline
    airways
    air lines
    aviation
    aerospace
    motors
    motor
    automotive
    systems
    technologies
    technology
    software
    solutions
    electronics
    semiconductor
    pharmaceuticals
    pharmaceutical
    pharma
    biotech
    therapeutics
    petroleum
    utilities
    mining
    minerals
    resources
    steel
    chemicals
    telecom
    telecoms
    telecommunications
    communications
    entertainment
    studios
    studio
    pictures
    films
    records
    publishing
    publishers
    partners
    investments
    securities
    asset management
    insurance
    assurance
    financial
    finance
    group
    brothers
    bros
    stores
    supermarkets
    retail
    foods
    brewery
    restaurants
    hotels
    resorts
    church
    diocese
    synod
    parliament
    assembly
    senate
    congress
    cabinet
    administration
    legislature
    duma
    knesset
    politburo
    presidium
    front
    movement
    clinic
    infirmary
    stock exchange
    taskforce
    task force
    orchestra
    choir
    theatre company
    ballet
    opera
    news
    times
    post
    energy
    oil
    media
    united
    ag
    sa
    nv
    bv
    spa
    ab
    """

    /// Lower-case organisation heads that are also ordinary words or place heads (`City` in `Manchester City`): evidence, not proof.
    static let organisationHeadsWeak = """
    city
    town
    albion
    hotspur
    villa
    capital
    power
    gas
    team
    squad
    band
    exchange
    programme
    program
    project
    initiative
    campaign
    mission
    panel
    centre
    center
    museum
    gallery
    library
    archive
    zoo
    guard
    force
    executive
    government
    review
    daily
    weekly
    resistance
    rebels
    international
    national
    global
    royal
    federal
    general
    standard
    central
    world
    ac
    sc
    cf
    """

    /// Lower-case words that make a capitalised sequence a place (`Oxford Street`, `Bagram Air Base`).
    static let placeHeads = """
    street
    st
    st.
    road
    rd
    rd.
    avenue
    ave
    ave.
    boulevard
    blvd
    lane
    crescent
    terrace
    parade
    grove
    gardens
    mews
    square
    circus
    plaza
    piazza
    bridge
    tunnel
    airport
    airfield
    airbase
    air base
    naval base
    barracks
    port
    harbour
    harbor
    dock
    docks
    pier
    terminal
    junction
    interchange
    motorway
    highway
    freeway
    expressway
    turnpike
    ring road
    bypass
    province
    county
    shire
    district
    borough
    municipality
    prefecture
    governorate
    oblast
    region
    territory
    territories
    canton
    parish
    township
    village
    suburb
    neighbourhood
    neighborhood
    heights
    hills
    hill
    valley
    vale
    river
    creek
    brook
    stream
    lake
    loch
    lough
    reservoir
    dam
    falls
    waterfall
    sea
    ocean
    mountain
    mountains
    mount
    mt
    mt.
    peak
    ridge
    plateau
    volcano
    glacier
    island
    islands
    isle
    isles
    atoll
    archipelago
    bay
    gulf
    cove
    coast
    beach
    shore
    cape
    peninsula
    strait
    straits
    firth
    estuary
    delta
    desert
    forest
    woods
    jungle
    marsh
    swamp
    moor
    moors
    heath
    plains
    steppe
    canyon
    gorge
    oasis
    reef
    park
    national park
    reserve
    stadium
    arena
    racecourse
    hospital
    prison
    jail
    gaol
    detention centre
    crossing
    border crossing
    checkpoint
    canal
    palace
    castle
    cathedral
    abbey
    basilica
    chapel
    mosque
    temple
    synagogue
    shrine
    monastery
    tower
    towers
    mall
    memorial
    monument
    cemetery
    refinery
    power station
    power plant
    reactor
    oilfield
    gasfield
    lighthouse
    base
    state
    """

    /// Lower-case words that are never an entity on their own when capitalised: months, weekdays, pronouns, function words, holidays, common abbreviations, headline furniture.
    static let nonEntityCapitalised = """
    january
    february
    march
    april
    may
    june
    july
    august
    september
    october
    november
    december
    jan
    feb
    mar
    apr
    jun
    jul
    aug
    sep
    sept
    oct
    nov
    dec
    monday
    tuesday
    wednesday
    thursday
    friday
    saturday
    sunday
    mon
    tue
    tues
    wed
    thu
    thurs
    fri
    sat
    sun
    i
    me
    my
    mine
    we
    us
    our
    ours
    you
    your
    yours
    he
    him
    his
    she
    her
    hers
    it
    its
    they
    them
    their
    theirs
    this
    that
    these
    those
    who
    whom
    whose
    which
    what
    where
    when
    why
    how
    whether
    the
    an
    some
    any
    no
    none
    all
    both
    each
    every
    either
    neither
    many
    much
    more
    most
    few
    several
    such
    other
    another
    one
    and
    but
    or
    nor
    so
    yet
    for
    if
    then
    than
    because
    although
    though
    while
    whilst
    after
    before
    since
    until
    unless
    once
    as
    at
    by
    in
    on
    of
    to
    from
    with
    without
    into
    onto
    over
    under
    above
    below
    between
    among
    amid
    against
    during
    through
    throughout
    across
    along
    around
    about
    near
    beyond
    within
    despite
    per
    via
    up
    down
    out
    off
    there
    here
    now
    today
    tonight
    yesterday
    tomorrow
    still
    also
    even
    just
    only
    already
    again
    however
    meanwhile
    moreover
    furthermore
    nevertheless
    nonetheless
    instead
    indeed
    perhaps
    maybe
    yes
    not
    never
    always
    often
    sometimes
    earlier
    later
    last
    next
    first
    second
    third
    new
    old
    former
    latest
    breaking
    update
    updated
    exclusive
    analysis
    comment
    opinion
    editorial
    interview
    video
    watch
    live
    photos
    pictures
    gallery
    read
    related
    share
    advertisement
    sponsored
    copyright
    reporting
    additional reporting
    editing
    story
    stories
    headline
    headlines
    news
    report
    reports
    says
    said
    told
    according
    christmas
    christmas day
    christmas eve
    boxing day
    easter
    easter sunday
    good friday
    new year
    new year's day
    new year's eve
    ramadan
    eid
    eid al-fitr
    eid al-adha
    diwali
    hanukkah
    passover
    yom kippur
    rosh hashanah
    thanksgiving
    halloween
    lent
    advent
    valentine's day
    mother's day
    father's day
    labor day
    labour day
    memorial day
    independence day
    bastille day
    may day
    bank holiday
    chinese new year
    lunar new year
    nowruz
    holi
    vesak
    god
    allah
    jesus
    christ
    bible
    koran
    quran
    torah
    internet
    web
    online
    email
    e-mail
    website
    app
    tv
    radio
    mp
    mps
    meps
    msps
    ceo
    ceos
    cfo
    pm
    am
    gmt
    bst
    est
    edt
    pst
    pdt
    cet
    utc
    aedt
    aest
    ist
    a.m.
    p.m.
    mr
    mrs
    ms
    dr
    sir
    ok
    okay
    oh
    ah
    hey
    please
    thanks
    thank
    sorry
    no.
    vs
    v
    versus
    etc
    eg
    ie
    e.g.
    i.e.
    ps
    pps
    faq
    q
    dna
    hiv
    aids
    covid
    covid-19
    sars
    mers
    ebola
    gdp
    gnp
    cpi
    vat
    ppe
    ivf
    mri
    ai
    pc
    pcs
    cd
    cds
    dvd
    dvds
    gps
    sms
    usb
    wifi
    wi-fi
    3g
    4g
    5g
    lcd
    led
    pin
    atm
    atms
    ipo
    ipos
    m&a
    r&d
    hr
    pr
    vip
    vips
    diy
    asap
    rip
    ufo
    pow
    pows
    idp
    idps
    wmd
    wmds
    ied
    ieds
    rpg
    rpgs
    world war
    world war one
    world war two
    world war i
    world war ii
    cold war
    olympics
    olympic games
    paralympics
    world cup
    grand prix
    grand slam
    super bowl
    oscars
    oscar
    grammys
    grammy
    emmys
    baftas
    nobel prize
    nobel
    booker
    hajj
    jihad
    sharia
    intifada
    brexit
    coronavirus
    black death
    holocaust
    apartheid
    renaissance
    reformation
    enlightenment
    a
    """

    /// Currency words and symbols: `word|ISO 4217 code`, matched case-insensitively (keys are lower case). Historical codes for pre-euro currencies.
    static let currencies = """
    dollar|USD
    dollars|USD
    dlrs|USD
    dlr|USD
    usd|USD
    us dollar|USD
    us dollars|USD
    u.s. dollar|USD
    u.s. dollars|USD
    greenback|USD
    greenbacks|USD
    bucks|USD
    cent|USD
    cents|USD
    $|USD
    us$|USD
    u.s.$|USD
    pound|GBP
    pounds|GBP
    pounds sterling|GBP
    sterling|GBP
    quid|GBP
    gbp|GBP
    stg|GBP
    penny|GBP
    pence|GBP
    £|GBP
    euro|EUR
    euros|EUR
    eur|EUR
    euro cent|EUR
    euro cents|EUR
    €|EUR
    yen|JPY
    jpy|JPY
    ¥|JPY
    yuan|CNY
    renminbi|CNY
    rmb|CNY
    cny|CNY
    rupee|INR
    rupees|INR
    inr|INR
    rs|INR
    rs.|INR
    ₹|INR
    lakh|INR
    crore|INR
    pakistani rupee|PKR
    pakistani rupees|PKR
    pkr|PKR
    sri lankan rupee|LKR
    nepalese rupee|NPR
    taka|BDT
    rouble|RUB
    roubles|RUB
    ruble|RUB
    rubles|RUB
    ₽|RUB
    hryvnia|UAH
    hryvnias|UAH
    hryvnya|UAH
    uah|UAH
    ₴|UAH
    franc|CHF
    francs|CHF
    swiss franc|CHF
    swiss francs|CHF
    chf|CHF
    sfr|CHF
    cfa franc|XOF
    cfa francs|XOF
    krona|SEK
    kronor|SEK
    sek|SEK
    krone|NOK
    kroner|NOK
    norwegian krone|NOK
    nok|NOK
    danish krone|DKK
    danish kroner|DKK
    dkk|DKK
    zloty|PLN
    zlotys|PLN
    zlotych|PLN
    pln|PLN
    forint|HUF
    forints|HUF
    huf|HUF
    koruna|CZK
    czk|CZK
    leu|RON
    lei|RON
    lev|BGN
    leva|BGN
    kuna|HRK
    dinar|IQD
    dinars|IQD
    iraqi dinar|IQD
    kuwaiti dinar|KWD
    jordanian dinar|JOD
    libyan dinar|LYD
    tunisian dinar|TND
    algerian dinar|DZD
    serbian dinar|RSD
    dirham|AED
    dirhams|AED
    aed|AED
    moroccan dirham|MAD
    riyal|SAR
    riyals|SAR
    saudi riyal|SAR
    sar|SAR
    qatari riyal|QAR
    rial|IRR
    rials|IRR
    iranian rial|IRR
    omani rial|OMR
    yemeni rial|YER
    shekel|ILS
    shekels|ILS
    new shekel|ILS
    nis|ILS
    ils|ILS
    ₪|ILS
    lira|TRY
    liras|TRY
    lire|ITL
    turkish lira|TRY
    ₺|TRY
    lebanese pound|LBP
    syrian pound|SYP
    egyptian pound|EGP
    egyptian pounds|EGP
    egp|EGP
    rand|ZAR
    rands|ZAR
    zar|ZAR
    naira|NGN
    ngn|NGN
    ₦|NGN
    cedi|GHS
    cedis|GHS
    shilling|KES
    shillings|KES
    kenyan shilling|KES
    kenyan shillings|KES
    ksh|KES
    kes|KES
    ugandan shilling|UGX
    tanzanian shilling|TZS
    birr|ETB
    kwacha|ZMW
    zimbabwe dollar|ZWL
    zimbabwean dollar|ZWL
    peso|MXN
    pesos|MXN
    mexican peso|MXN
    mexican pesos|MXN
    mxn|MXN
    argentine peso|ARS
    argentine pesos|ARS
    ars|ARS
    chilean peso|CLP
    colombian peso|COP
    philippine peso|PHP
    php|PHP
    ₱|PHP
    cuban peso|CUP
    reais|BRL
    reals|BRL
    brl|BRL
    r$|BRL
    bolivar|VES
    bolivars|VES
    bolívar|VES
    bolívares|VES
    soles|PEN
    quetzal|GTQ
    krw|KRW
    ₩|KRW
    north korean won|KPW
    baht|THB
    thb|THB
    ฿|THB
    ringgit|MYR
    myr|MYR
    rupiah|IDR
    rp|IDR
    idr|IDR
    vnd|VND
    ₫|VND
    kyat|MMK
    riel|KHR
    afghani|AFN
    afghanis|AFN
    tenge|KZT
    manat|AZN
    lari|GEL
    dram|AMD
    tugrik|MNT
    taiwan dollar|TWD
    new taiwan dollar|TWD
    nt$|TWD
    twd|TWD
    hong kong dollar|HKD
    hong kong dollars|HKD
    hk$|HKD
    hkd|HKD
    singapore dollar|SGD
    singapore dollars|SGD
    s$|SGD
    sgd|SGD
    australian dollar|AUD
    australian dollars|AUD
    aussie dollar|AUD
    a$|AUD
    aud|AUD
    au$|AUD
    new zealand dollar|NZD
    kiwi dollar|NZD
    nz$|NZD
    nzd|NZD
    canadian dollar|CAD
    canadian dollars|CAD
    loonie|CAD
    c$|CAD
    ca$|CAD
    cad|CAD
    jamaican dollar|JMD
    bitcoin|BTC
    bitcoins|BTC
    btc|BTC
    ether|ETH
    sdr|XDR
    special drawing rights|XDR
    ecu|XEU
    deutschmark|DEM
    deutschmarks|DEM
    deutsche mark|DEM
    dm|DEM
    french franc|FRF
    french francs|FRF
    guilder|NLG
    guilders|NLG
    peseta|ESP
    pesetas|ESP
    drachma|GRD
    drachmas|GRD
    escudo|PTE
    irish pound|IEP
    schilling|ATS
    belgian franc|BEF
    markka|FIM
    won|KRW
    real|BRL
    sol|PEN
    p|GBP
    r|ZAR
    """

    /// Measure units: `word|canonical unit`, matched case-insensitively (keys are lower case). Ambiguous keys (`c` for `-3C`, `mb`) are meant to be asked only straight after a number.
    static let units = """
    mile|miles
    miles|miles
    mi|miles
    nautical mile|nautical miles
    nautical miles|nautical miles
    yard|yards
    yards|yards
    yd|yards
    yds|yards
    foot|ft
    feet|ft
    ft|ft
    inch|in
    inches|in
    km|km
    kms|km
    kilometre|km
    kilometres|km
    kilometer|km
    kilometers|km
    klicks|km
    metre|m
    metres|m
    meter|m
    meters|m
    cm|cm
    centimetre|cm
    centimetres|cm
    centimeter|cm
    centimeters|cm
    mm|mm
    millimetre|mm
    millimetres|mm
    millimeter|mm
    millimeters|mm
    micron|µm
    microns|µm
    micrometre|µm
    nanometre|nm
    nanometres|nm
    nanometer|nm
    nanometers|nm
    light year|light years
    light years|light years
    light-year|light years
    light-years|light years
    kg|kg
    kgs|kg
    kilo|kg
    kilos|kg
    kilogram|kg
    kilograms|kg
    kilogramme|kg
    kilogrammes|kg
    gram|g
    grams|g
    gramme|g
    grammes|g
    mg|mg
    milligram|mg
    milligrams|mg
    microgram|µg
    micrograms|µg
    tonne|tonnes
    tonnes|tonnes
    metric ton|tonnes
    metric tons|tonnes
    ton|tons
    tons|tons
    megatonne|megatonnes
    megatonnes|megatonnes
    kilotonne|kilotonnes
    kilotonnes|kilotonnes
    kiloton|kilotons
    kilotons|kilotons
    megaton|megatons
    megatons|megatons
    lb|lb
    lbs|lb
    pound weight|lb
    ounce|oz
    ounces|oz
    oz|oz
    carat|carats
    carats|carats
    litre|litres
    litres|litres
    liter|litres
    liters|litres
    ml|ml
    millilitre|ml
    millilitres|ml
    milliliter|ml
    milliliters|ml
    cl|cl
    centilitre|cl
    centilitres|cl
    gallon|gallons
    gallons|gallons
    gal|gallons
    pint|pints
    pints|pints
    barrel|barrels
    barrels|barrels
    bbl|barrels
    bpd|barrels per day
    barrels a day|barrels per day
    barrels per day|barrels per day
    cubic metre|m³
    cubic metres|m³
    cubic meter|m³
    cubic meters|m³
    cubic feet|ft³
    bcm|bcm
    billion cubic metres|bcm
    mcm|mcm
    acre|acres
    acres|acres
    hectare|hectares
    hectares|hectares
    ha|hectares
    square mile|square miles
    square miles|square miles
    sq mi|square miles
    sq miles|square miles
    square kilometre|km²
    square kilometres|km²
    square kilometer|km²
    square kilometers|km²
    sq km|km²
    km2|km²
    km²|km²
    square metre|m²
    square metres|m²
    square meter|m²
    square meters|m²
    sq m|m²
    m2|m²
    m²|m²
    square foot|sq ft
    square feet|sq ft
    sq ft|sq ft
    sq. ft.|sq ft
    mph|mph
    miles per hour|mph
    miles an hour|mph
    km/h|km/h
    kmh|km/h
    kph|km/h
    kilometres per hour|km/h
    kilometers per hour|km/h
    kilometres an hour|km/h
    knot|knots
    knots|knots
    m/s|m/s
    metres per second|m/s
    c|°C
    °c|°C
    celsius|°C
    centigrade|°C
    degrees celsius|°C
    degrees centigrade|°C
    f|°F
    °f|°F
    fahrenheit|°F
    degrees fahrenheit|°F
    degrees|degrees
    kelvin|K
    watt|W
    watts|W
    kw|kW
    kilowatt|kW
    kilowatts|kW
    mw|MW
    megawatt|MW
    megawatts|MW
    gw|GW
    gigawatt|GW
    gigawatts|GW
    tw|TW
    terawatt|TW
    terawatts|TW
    kwh|kWh
    kilowatt-hour|kWh
    kilowatt-hours|kWh
    kilowatt hour|kWh
    kilowatt hours|kWh
    mwh|MWh
    megawatt-hour|MWh
    megawatt-hours|MWh
    gwh|GWh
    gigawatt-hour|GWh
    gigawatt-hours|GWh
    twh|TWh
    terawatt-hour|TWh
    terawatt-hours|TWh
    volt|V
    volts|V
    kv|kV
    kilovolt|kV
    kilovolts|kV
    amp|A
    amps|A
    ampere|A
    amperes|A
    mah|mAh
    horsepower|hp
    hp|hp
    bhp|bhp
    calorie|calories
    calories|calories
    kcal|kcal
    kilocalorie|kcal
    kilocalories|kcal
    joule|J
    joules|J
    kilojoule|kJ
    kilojoules|kJ
    kj|kJ
    btu|BTU
    btus|BTU
    decibel|dB
    decibels|dB
    hz|Hz
    hertz|Hz
    khz|kHz
    kilohertz|kHz
    mhz|MHz
    megahertz|MHz
    ghz|GHz
    gigahertz|GHz
    bit|bits
    bits|bits
    byte|bytes
    bytes|bytes
    kilobyte|KB
    kilobytes|KB
    megabyte|MB
    megabytes|MB
    gb|GB
    gigabyte|GB
    gigabytes|GB
    tb|TB
    terabyte|TB
    terabytes|TB
    pb|PB
    petabyte|PB
    petabytes|PB
    kbps|kbps
    kbit/s|kbps
    mbps|Mbps
    mbit/s|Mbps
    megabits|megabits
    gbps|Gbps
    gbit/s|Gbps
    megapixel|megapixels
    megapixels|megapixels
    pixel|pixels
    pixels|pixels
    dpi|dpi
    rpm|rpm
    psi|psi
    millibar|mb
    millibars|mb
    hpa|hPa
    hectopascal|hPa
    hectopascals|hPa
    mmhg|mmHg
    ppm|ppm
    parts per million|ppm
    ppb|ppb
    sievert|Sv
    sieverts|Sv
    millisievert|mSv
    millisieverts|mSv
    msv|mSv
    microsievert|µSv
    microsieverts|µSv
    becquerel|Bq
    becquerels|Bq
    richter|magnitude
    magnitude|magnitude
    mg/l|mg/l
    g/km|g/km
    mpg|mpg
    miles per gallon|mpg
    teu|TEU
    teus|TEU
    stone|st
    stones|st
    mb|MB
    kb|KB
    db|dB
    l|litres
    °|degrees
    degree|degrees
    """
}
