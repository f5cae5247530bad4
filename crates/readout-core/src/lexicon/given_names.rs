//! Given names and the gender of most people who bear them: what lets the analysis tell
//! which person "he" or "she" stands for ("Anna Berg, in Paris for talks with the French
//! president Marc Vidal, said Europe must act. 'We cannot wait,' she added": she is Berg).
//!
//! The names are those of people in world news (politicians, officials, spokespeople,
//! business and civic leaders) as English-language news writes them, across languages:
//! English (British, Irish, Welsh, American, Australian, Canadian), French, German, Dutch,
//! Scandinavian, Finnish and Icelandic, Spanish, Catalan and Basque, Portuguese and
//! Brazilian, Italian, Greek, Russian, Ukrainian and Belarusian, Polish, Czech and Slovak,
//! Serbian, Croatian, Bosnian, Slovene, Bulgarian and Albanian, Romanian and Moldovan,
//! Hungarian, Baltic, Armenian and Georgian, Turkish, Azerbaijani and Central Asian, Arabic
//! (the Gulf, the Levant, Iraq, Egypt, the Maghreb, Sudan), Persian and Afghan, Hebrew,
//! South Asian (India, Pakistan, Bangladesh, Sri Lanka, Nepal), Japanese, Korean, Chinese
//! (the given names news writes apart from the family name: "Jinping", "Ing-wen"), Thai,
//! Indonesian, Malaysian, Filipino and Vietnamese, African (Nigerian, Ghanaian, Kenyan,
//! Ethiopian, Somali, South African, Zimbabwean, francophone West and Central African, ...)
//! and Latin American. A name is listed as news spells it, accents and all ("José",
//! "Zoë", "Mevlüt"), and again without its accents where news often drops them ("Jose",
//! "Zoe", "Mevlut"); transliterations news uses side by side are listed each ("Sergei",
//! "Sergey", "Serhiy"; "Mohammed", "Muhammad", "Mohamed", "Mohammad"). Korean given names
//! are written hyphenated, as news writes them after the family name ("Jae-in").
//!
//! Precision matters more than coverage: a name is listed only when it clearly belongs to
//! one gender in the news that names people by it. Left out on purpose:
//!
//! - Names that are also months, days or feasts: April, May, June, August, January (a
//!   Tanzanian man's name), Sunday (a Nigerian man's), Noel, Noël, Eve, Ramazan.
//! - Names that are common English words, or other words news capitalises, where a sentence
//!   or headline starting with the word would read as a name: Will, Mark, Grace, Hope,
//!   Faith, Rose, Joy, Charity, Mercy, Patience, Destiny, Harmony, Melody, Precious,
//!   Blessing, Gift, Comfort, Dawn, Amber, Crystal, Jade, Pearl, Ivy, Violet, Olive, Penny,
//!   Summer, Autumn, Sky, Sunny, Frank, Guy, Ray, Drew, Chase, Grant, Dean, Don, Art, Gene,
//!   Sue, Pat, Miles, Lance, Cliff, Hunter, Major, Bishop, Earl, Duke, Angel, Jesus,
//!   Christian, Islam, Marine, Roman, Levy, Blade, Vital, Freeman, Job, Odd, Per, Peer,
//!   Beat, Tea, Tone, Mate, Ante, Edit, Slim, Said (an Arabic man's name, and the commonest
//!   speech verb), Shaker, Jihad, Harsh, Vikas, Jewel, Ace, Apollo, Alpha, Rupiah, Lemma,
//!   Tuba, Tulip, Sari, Saber, Fares, Cilia, Sunder, Yaw, Miranda, Rand (a currency), Brent
//!   (the oil price).
//! - Names that are also places, brands or bodies in the news: Victoria, China, India,
//!   Georgia, Jordan, Israel, Chad, Sofia (Sofía is listed), Paris, Lima, Santiago,
//!   Salvador, Florence, Sydney, Adelaide, Austin, Houston, Dallas, Denver, Chelsea,
//!   Charlotte, Virginia, Carolina, Savannah, Alexandria, Orlando, Madison, Lincoln,
//!   Lourdes, Regina, Montserrat, Guadalupe, Lorraine, Marietta, Beverly (Beverley is
//!   listed), Hastings, Carlton, Milan, Athina, Mina, Haifa, Orly, Kailash, Nursultan,
//!   Ararat, Sabah, Salem, Duma, Mercedes, Zara, Maya, Padma, Durga, Ganesh, Gita, Lakshmi,
//!   Shanti, Raj, Shiv, Amal, Wafa.
//! - Names borne by women and men about equally, or by one in some languages and the other
//!   in others: Alex, Kim, Jean (a man in French news, a woman in English), Andrea, Nicola,
//!   Simone, Gabriele, Michele (men in Italy, women elsewhere), Sasha, Sacha, Jordan,
//!   Taylor, Morgan, Jamie, Chris, Robin, Leslie, Lesley, Kelly, Tracy, Shannon, Casey,
//!   Dana, Lee, Terry, Jody, Kerry, Ashley, Avery, Riley, Quinn, Blair, Kennedy, Charlie,
//!   Jackie, Jo, Lou, Mel, Toni, Niki, Jan, Ola, Kai, Mika, Kari, Kristen, Janis, Maris,
//!   Michal, Marian, Marion, Marin, Nikol, Nikita, Nikola, Nino, Rosario, Yuli, Misha,
//!   Dima, Slava, Vivian, Lilian, Hilary, Laurence, Claude, Dominique, Camille, Alix, Ange,
//!   Cory, Ariel, Tal, Shai, Gal, Eden, Omer, Dror, Noor, Nour, Iman, Farah, Ilham, Ilhan,
//!   Nahid, Nusrat, Masih, Nasim, Shahin, Azar, Gohar, Rana, Qamar, Alaa, Eka, Kadri,
//!   Amani, Nurul, Kiran, Shashi, Krishna, Pushpa, Pritam, Vijaya, Jaya, Özgür, Deniz,
//!   Derya, Cihan, Dilan, Aydan, Mishal, Fikile, Tendai, Adama, Chidi, Uche, Yemi, Toyin,
//!   Ayo, Seyi, Bukola, Bisi, Dina, Yuki, Jun, Kei, Ryo, Hikaru, Kaoru, Makoto, Masami,
//!   Hiromi, Kiko, and the Chinese given names Yi, Ning, Jian, Ying and Xuan; Sikh given
//!   names (Jagmeet, Harjit, Gurpreet, Manpreet, Navjot, Amarinder, Hardeep, Kuldeep, ...),
//!   borne by women and men alike.
//! - Titles, honorifics and particles that stand where a given name would: Sheikh, Sheikha,
//!   Emir, Amir, Sultan, Raja, Rani, Begum, Shah, Mirza, Khawaja, Mian, Chaudhry, Maulana,
//!   Mullah, Imam, Ghazi, Moulay, Tengku, Tunku, Yogi, Sadhvi, Kumari, Sri, Bibi, Nana (a
//!   chief's title in Ghana: Nana Akufo-Addo), Al, Abu, Bin.
//! - Names news mostly meets as the family name of someone of the other gender: Clinton,
//!   Warren, Murray, Cooper, Ernst, Lindsey, Mitchell, Anand, Mahmood, Rehman, Zia, and
//!   Jean-Pierre (Karine Jean-Pierre). Kept all the same, as news uses them far more as
//!   given names: Omar (Ilhan Omar), Hassan (Samia Suluhu Hassan), Sharon (Ariel Sharon).
//!
//! The names are kept as two lists of words, searched in place: no index, so a name costs
//! its letters and a space in the page's download.

use super::WordList;
use Gender::{Female, Male};

/// Which people a given name usually belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// Given names, as written in English-language news (capitalised, accents as usual:
/// "José", "Zoë", and the unaccented spelling too where news often drops the accent),
/// each with the gender of most people who bear it. Names borne by both about equally
/// ("Alex", "Kim", "Jean" is male in French news but female in English: leave such out)
/// are not listed; see the module's notes for every name left out on purpose.
pub const GIVEN_NAMES: GivenNames = GivenNames {
    female: WordList(
        "\
    Aarti Abeer Abena Abigail Abike Ada Adaeze Adele Adenike Adina Adriana Adrienne Adwoa Afua Agata Agatha Agne \
    Agnes Agnieszka Agnès Agnė Aikaterini Aiko Aileen Aimee Ainhoa Aisha Aishah Aisling Aissata Akie Akiko \
    Akosua Akua Alejandra Aleksandra Alena Alessandra Alessia Alexandra Alice Alicia Alina Aline Alison Alla \
    Allison Alma Alyona Ama Amaia Amalia Amanda Ambika Ameenah Amelia Amelie Amina Aminata Amira Amy Amélie Ana \
    Anahit Anandiben Ananya Anastasia Anastasiia Anat Anca Andreea Angela Angelika Angelina Angie Ani Anielle \
    Aniko Anikó Anita Anjali Anke Ankita Ann Anna Annalena Anne Anne-Laure Anne-Marie Anne-Sophie Annegret \
    Annelies Annemarie Annette Annick Annie Annika Anniken Annita Anouk Antoinette Antonella Antonia Anupriya \
    Aoife Aparna Arantxa Archana Arianna Arlene Aruna Arundhati Arzu Asha Asli Aslı Asma Asmaa Astrid Atishi \
    Audrey Aurore Aurélie Ausra Auxillia Aušra Ava Avril Awa Aya Ayanna Ayelet Ayesha Ayla Aylin Ayse Aysha Ayşe \
    Azadeh Aziza Azizah Azma Aïssata Baiba Bajrakitiyabha Bansuri Barbara Barbel Basma Bathabile Beata Beate \
    Beatrice Beatrix Beatriz Becky Begoña Belinda Bella Benazir Benedita Berna Bernadette Beth Bethan Betsy \
    Bettina Betty Beverley Bhavna Bi-khim Bianca Bidhya Bidya Biljana Billene Birgit Birgitta Birtukan Bonnie \
    Bozena Bożena Branka Brenda Bridget Brigid Brigitte Brinda Britta Brooke Bríd Burcu Bushra Busisiwe Busra \
    Bärbel Béatrice Büşra Camila Camilla Canan Candice Caoimhe Cara Carla Carme Carmen Carol Carole Caroline \
    Carolyn Carrie Catalina Catarina Catherine Cathy Cayetana Cecile Cecilia Celia Celine Chandrika Chantal \
    Cheryl Chiara Chimamanda Chioma Chloe Christelle Christiane Christina Christine Chrystia Chulabhorn Chunying \
    Cindy Claire Clara Clare Claudia Clementine Clodagh Clémentine Colleen Condoleezza Connie Constance Consuelo \
    Corazon Corazón Corina Corinne Cornelia Cristina Cynthia Cármen Cécile Céline Dafna Dagmar Daisy Dalal Dalia \
    Damares Daniela Danielle Danijela Danièle Danuta Daphne Daria Dariga Darya Dasha Deb Debbie Deborah Debra \
    Deepa Deirdre Delcy Delphine Denisa Denise Denitsa Despina Diana Diane Dianne Diezani Dijana Dilek Dilma \
    Dimitra Divya Dolores Donatella Dora Doris Dorota Dorothee Dorothy Droupadi Dubravka Dóra Ebba Ebru Ece \
    Edith Effie Efrat Efua Eileen Eimear Einav Ekaterina Elaheh Elaine Eleanor Elena Eleni Eleonora Elif Elin \
    Elina Elisa Elisabeth Elisabetta Elise Eliza Elizabeth Elizaveta Elke Ella Ellen Ellie Elly Elodie Elsa \
    Eluned Elvira Elzbieta Elżbieta Eman Emiko Emilia Emilie Emily Emine Emma Emmanuelle Erica Erika Erin Erna \
    Erzsebet Erzsébet Esi Esperanza Esra Estelle Esther Eszter Eugenia Eva Evangelia Evelina Eveline Evelyn Evi \
    Evika Ewa Fabienne Fadzayi Fani Farideh Farnaz Fatemeh Fatima Fatimah Fatma Fatou Fauzia Fawzia Federica \
    Fehmida Felicity Femke Fernanda Filiz Fiona Fleur Fofi Folashade Fowsiyo Frances Francesca Francia Francisca \
    Francoise Franziska Françoise Freya Frida Funmilayo Gabriela Gabriella Gabrielle Gail Galina Galit Ganna \
    Gauri Gayane Geeta Gemma Genevieve Geneviève Georgina Geraldine Gesine Geun-hye Ghada Ghazal Gillian Gina \
    Giorgia Giovanna Gisela Giulia Giuliana Gleisi Gloria Golda Golshifteh Gordana Grainne Graça Grażyna \
    Gretchen Gro Gráinne Gudrun Gulnara Gwen Gwyneth Habiba Hadas Hadiza Hadja Hala Haleh Haley Halimah Halina \
    Halla Halyna Hana Hanan Hanke Hanna Hannah Hannelore Harini Harriet Harsimrat Hasina Hatice Hayat Hayley \
    Hazel Heather Hege Heidi Heike Helen Helena Helene Helga Helle Hema Hend Hiba Hila Hilde Hillary Hina Hind \
    Hiroko Hirunika Hoda Holly Homa Houda Huda Hulya Huma Hélène Hülya Ida Idit Ieva Ilaria Ildiko Ildikó Iliana \
    Ilse Imee Imelda Imogen Inbal Indira Indranee Indu Ine Ines Ing-wen Ingeborg Inger Ingrid Ingrida Inna \
    Inonge Inès Inés Inês Ioana Ioanna Ione Irene Irina Iris Iryna Isabel Isabella Isabelle Itziar Iuliia Ivana \
    Ivanka Ivanna Iveta Iwona Izabela Izkia Jacinda Jacinta Jacqueline Jadranka Jadwiga Jamila Jana Jane Janet \
    Janice Janja Jasmine Jayalalitha Jayalalithaa Jeanette Jeanine Jeanne Jeannette Jelena Jemima Jen Jenna \
    Jennifer Jenny Jess Jessica Jihan Jill Jimena Jitka Joan Joana Joanna Joanne Jocelyn Johanna Joice Jolanta \
    Joni Josefina Josephine Joyce Ju-ae Juana Judit Judith Judy Julia Juliana Julie Juliet Juliette Jumana \
    Jung-sook Junko Justine Justyna Jutta Jóhanna Kaisa Kaja Kako Kalpana Kamala Kamla Kangana Kanimozhi Kaori \
    Karen Karima Karin Karina Karine Karolina Karoline Kashmala Kat Katalin Katarzyna Kate Katerina Kateryna \
    Kateřina Katharina Katharine Katherine Kathleen Kathrin Kathryn Kathy Katie Katja Katri Katrin Katrín Katy \
    Katya Kavita Kavitha Kavya Kayleigh Keiko Kemi Keon-hee Keren Kersti Kerstin Ketanji Ketevan Khadija \
    Khadijah Khady Khaleda Khalida Khrystyna Khumbudzo Kimberly Kinga Kira Kirsten Kirstjen Kirsty Klara Klaudia \
    Klára Kolinda Korneliya Kristi Kristiina Kristin Kristina Kristine Kristrún Krisztina Krystyna Ksenia \
    Kseniya Kumiko Kyoko Kyrsten Kyung-wha Ladan Laetitia Laila Laleh Lalitha Lamia Lana Lara Larisa Larysa Lata \
    Latifa Laura Lauren Layla Lea Leah Leanne Leela Leila Lena Leni Leonor Leonore Leticia Letitia Letizia Leyla \
    Lia Liina Liliana Lilit Lily Limor Lina Linda Lindiwe Linnea Lisa Liubov Liudmila Liudmyla Liv Livia Liyuan \
    Liz Liza Lola Lolwah Loredana Lorena Lori Lotte Loubna Louisa Louise Lubna Lucia Luciana Lucie Lucy Lucía \
    Ludmila Luisa Luiza Luz Luíza Lydia Lynn Lynne Lyubov Lyudmila Lyudmyla Léa Macarena Madeleine Madeline \
    Magdalena Maggie Maha Mahsa Mahua Maia Mairead Mairéad Maite Maja Makiko Mako Malak Malala Malalai \
    Malgorzata Malini Malu Mamata Manal Manisha Manon Manuela Mara Marama Marcela Marcia Margaret Margareta \
    Margarida Margarita Margot Margrethe Marguerite Maria Mariam Mariama Mariana Marianne Mariastella Marie \
    Marie-Anne Marie-Christine Marie-Claire Marie-Hélène Marie-Laure Marie-Louise Marie-Thérèse Mariia Marija \
    Mariko Marilyn Marina Marise Marisol Marit Mariya Marjolein Marjorie Marketa Markéta Marlene Marsha Marta \
    Martha Martine Marvi Marwa Mary Maryam Maryna Marzieh María Masako Masha Masoumeh Mathilde Matia Matilda \
    Maud Maureen Maxine Mayawati Mayumi Mazie Małgorzata Meena Meenakshi Meera Meg Megan Megawati Meghan Megumi \
    Mehbooba Mehriban Melania Melanie Melinda Melissa Meral Merav Meredith Meritxell Merve Meryame Mette Mhairi \
    Mi-ae Mia Michaela Micheline Michelle Michiko Michèle Midori Mihaela Milana Milica Mimi Mira Miri Miriam \
    Mirjam Mirjana Miroslava Mmamoloko Molly Mona Monica Monika Monique Moza Mulyani Myriam Myung-sook Márta \
    Máxima Mélanie Mónica Naama Naana Nabila Nadezhda Nadia Nadine Nadiya Nafisa Nahla Naima Najat Najla Naledi \
    Nancy Nandini Naoko Naomi Narges Nasrin Natalia Natalie Nataliya Natalya Natasa Natasha Nataša Nathalie \
    Nawal Nazanin Neda Neha Nele Nerea Nesrine Netumbo Nevine Ngina Ngozi Niamh Nicole Nikki Nilde Niloufar \
    Nilufer Nilüfer Nina Nirmala Nirupama Nisha Nisreen Nita Nkechi Nkosazana Noa Nompumelelo Nomvula Nora Norah \
    Noriko Norma Nosipho Nosiviwe Noura Nupur Nuria Nyandeng Nyeleti Nísia Núria Oana Obiageli Oby Oksana Olena \
    Olga Olha Olivia Oluremi Oppah Orit Orla Orna Ornella Orsolya Ozlem Paetongtarn Paige Paivi Pallavi Pam \
    Pamela Pampha Pankaja Paola Pari Parisa Parvati Parvin Pascale Patricia Patrizia Patti Patty Paula Pauline \
    Pavithra Peggy Penelope Pervin Petra Philippa Phoebe Pia Pilar Pnina Polina Pooja Poonam Pratibha Pratima \
    Preeti Prisca Priscilla Priti Priya Priyanka Puan Päivi Rabri Rachel Rachida Radha Radhika Radka Raffaella \
    Raghad Raisa Raluca Randa Rania Raquel Rasa Rasha Rashida Rashmi Rawan Rebecca Reem Reema Reham Rehana Reiko \
    Reka Rekha Renata Renate Renho Renuka Retno Revital Rhonda Ricarda Riikka Rima Rina Risa Rita Ritu Rivka \
    Roberta Robinah Rocio Rocío Rodica Roisin Ronit Roopa Rosa Rosalind Rosalynn Rosalía Rosangela Rosanna \
    Roselyne Rosemary Rosie Rosmah Rossella Rosângela Roxana Roya Roza Ruby Rula Rupa Ruslana Ruth Réka Róisín \
    Saara Sabine Sabrina Sachiko Sadhana Safia Sahar Sahle-Work Sahra Saima Sajeda Sally Salma Salome Salwa \
    Samantha Samar Samia Samina Samira Sanae Sandra Sandrine Sangeeta Sanja Sanna Sanne Saoirse Sapna Sara Sarah \
    Sarita Sarojini Saskia Satsuki Savita Sawsan Sebnem Seema Segolene Seiko Selin Sepideh Serena Sevda Sevim \
    Shabana Shabnam Shahla Shaima Shalini Shandana Sharmila Sharon Sharren Shazia Shehla Sheila Shelly Sherine \
    Sherry Sheryl Shikha Shilpa Shima Shira Shireen Shirin Shirley Shobha Shoshana Shreya Shulamit Shweta Sian \
    Sibel Sibeth Signe Sigrid Silke Silvia Sima Simin Simona Simonetta Sindisiwe Sinead Sinéad Siobhan Siobhán \
    Sirikit Sirimavo Sirindhorn Sirivannavari Sita Siti Siv Siân Smita Smriti Sneha Snezana Snežana Sofiya Sofía \
    Sol-ju Soledad Solomiia Solveig Son-hui Sonal Sonia Sophia Sophie Soraya Souad Stacey Stefania Stefanie \
    Steffi Stella Stephanie Stéphanie Suad Sudha Suella Sughra Suha Sujata Sumaya Sumitra Sunita Supriya Susan \
    Susana Susanna Susannah Susanne Sushma Sushmita Susi Susie Sussan Suthida Suzanne Svenja Svetlana Sviatlana \
    Swati Sylvia Sylvie Sylwia Ségolène Sônia Tabata Takako Tali Tamar Tamara Tammy Tania Tanja Tansu Tanya Tara \
    Tarja Tatiana Tatjana Tatyana Tehmina Teodora Teresa Tereza Tessa Tetiana Tetyana Thalatha Thandeka Thandi \
    Theodora Theresa Thokozile Thuli Tiffany Timea Tina Tinatin Tinne Titilayo Tiziana Tomoko Tomomi Tracey \
    Trine Tulsi Tzipi Tzipora Tímea Ubolratana Uliana Ulla Ulrika Ulrike Ulyana Uma Ursula Urszula Usha Ute Uzma \
    Vaira Valentina Valeria Valerie Valeriia Valérie Vandana Vanessa Vasiliki Vasilisa Vassiliki Vasundhara Vera \
    Veronica Veronika Veronique Verónica Vesna Vicki Vicky Victoire Vidya Vigdís Viktoria Viktoriia Viktorija \
    Viktoriya Viola Viorica Vira Virginie Vittoria Vjosa Véronique Věra Wafaa Wangari Wendy Ximena Xiomara \
    Xochitl Xóchitl Yaa Yael Yana Yara Yasmin Yasmina Yasmine Yaël Yehudit Yekaterina Yelena Yevgenia Yevheniia \
    Yewande Yingluck Ylva Yo-jong Yoko Yolanda Yolande Yoriko Yoshiko Yousra Yukiko Yuko Yulia Yuliia Yuliya \
    Yumiko Yuriko Yvette Yvonne Yōko Zahra Zainab Zanele Zarifa Zartaj Zaynab Zehra Zeina Zeinab Zeynep Zina \
    Zinaida Ziva Zlata Zoe Zofia Zoya Zoé Zoë Zsuzsa Zsuzsanna Zuhal Zuzana Ágnes Ángela Åsa Élisabeth Élise \
    Élodie Émilie Éva Özlem Ülle Şebnem",
    ),
    male: WordList(
        "\
    Aamir Aaron Abbas Abdalla Abdallah Abdel Abdelaziz Abdelfattah Abdelhak Abdelhamid Abdelilah Abdelkader \
    Abdellatif Abdelmadjid Abdelrahman Abdi Abdirahman Abdiweli Abdou Abdoul Abdoulaye Abdourahamane Abdul \
    Abdulaziz Abdulhamid Abdulkadir Abdulla Abdullah Abdullatif Abdulrahman Abdulsalam Abdurrahman Abe Abhijit \
    Abhishek Abhisit Abiy Abolfazl Abraham Adalberto Adam Adel Adil Aditya Adnan Adolfo Adonis Adrian Adriano \
    Adrien Adán Aecio Agus Agustin Agustín Aharon Ahmad Ahmed Ahmet Ahok Ahsan Aidan Ainars Ainārs Airlangga \
    Aitzaz Aivars Ajay Ajit Akash Akbar Akhilesh Akhmat Akihito Akinori Akio Akira Akis Akos Akram Akshay \
    Akylbek Alain Alan Alar Alasdair Alassane Alastair Albert Alberto Albin Aldo Alec Aleem Alejandro Aleksandar \
    Aleksander Aleksandr Aleksei Aleksey Alessandro Alessio Alexander Alexandr Alexandre Alexei Alexey Alfonso \
    Alfred Alfredo Algirdas Ali Alikhan Aliko Aliou Alireza Alistair Allan Allen Almazbek Alok Aloysio Alparslan \
    Alun Alvaro Alvin Alwaleed Alyaksandr Amadou Amama Amar Amartya Amer Amichai Amin Amit Amitabh Ammar Amos \
    Amr Amrullah Anas Anatoliy Anatoly Anders Andreas Andrei Andrej Andres Andrew Andrey Andrii Andrija Andris \
    Andrius Andriy Andry Andrzej Andrés Andy Anerood Aneurin Angelino Angelo Angus Anies Anil Anisul Anthony \
    Antoine Anton Antonin Antonio Antonis Antony Antti António Anupam Anura Anurag Anutin Anwar Apostolos Arash \
    Archie Arda Ari Arif Arindam Aristides Arjun Arkady Arman Armando Armen Armin Arnab Arnaud Arne Arnold Arsen \
    Arseniy Arseny Artem Arthur Artis Artur Arturo Arturs Artyom Arun Arvind Arvydas Arye Aryeh Asad Asaduddin \
    Asaduzzaman Ashish Ashok Ashraf Asif Asim Askar Assimi Atal Atef Athanasios Atiku Attila Attilio Augustin \
    Augusto Aurelien Aurélien Avi Avigdor Avraham Axel Ayaz Aydin Aydın Ayman Ayub Azam Azim Aziz Aécio Babajide \
    Babak Babatunde Baburam Bader Badr Bahram Bakili Bakir Bakr Balazs Balen Balendra Balázs Bambang Bandar \
    Baptiste Barack Baris Barnaby Barry Bart Bartosz Barış Bas Bashar Bashir Basil Bassam Bassirou Bastien \
    Basuki Beau Behrouz Behzad Beji Bela Ben Bence Benedict Benigno Benjamin Benny Benoit Benoît Beppe Berat \
    Berhanu Bernard Bernardo Bernd Bernie Bert Bertie Beto Bettino Bezalel Bheki Bhumibol Bhupendra Bhupesh \
    Bidzina Bijan Bilal Bilawal Bill Billy Binali Bingu Bisher Bishnu Bjarni Bjorn Björn Bjørn Blaise Boaz Bob \
    Bobby Bobi Boediono Bogdan Bohdan Bohuslav Bola Bolesław Bongbong Boni Borge Boris Borut Borys Boubacar \
    Boyko Brad Bradley Brahim Bram Brandon Brendan Brett Brian Brice Bronislaw Bronisław Bruce Bruno Bryan Budi \
    Bulent Burak Byron Byung-se Béla Børge Bülent Calin Callum Calum Calvin Cameron Carl Carl-Gustaf Carles \
    Carlo Carlos Carsten Carwyn Caspar Catalin Cathal Cecil Cedric Celso Cem Cengiz Cesar Cesare Cevdet Chaim \
    Chandrababu Chandrashekhar Charles Chee-hwa Chinedu Ching-te Chinh Chinua Chirag Christoph Christophe \
    Christopher Christos Chuck Chuka Chukwuemeka Chukwuma Chun-ying Chung-hee Ciaran Ciarán Cillian Ciprian Ciro \
    Clarence Claudio Claus Clement Clint Clive Clément Colin Colm Colum Connor Conor Constantine Constantinos \
    Corneille Corrado Cosmin Costas Craig Crin Crispus Cristian Cristóbal Csaba Curtis Cyril Cyrus Czeslaw \
    Czesław Cédric César Călin Cătălin Dacian Dae-jung Dafydd Dainius Daisuke Dale Damian Damien Damir Damon Dan \
    Daniel Daniele Daniil Danilo Daniyal Daniyar Danny Danylo Dario Darius Dariush Dariusz Darren Darshan Darío \
    Dave Davi David Davide Davit Davor Dawid Debretsion Declan Deepak Dele Delyan Demeke Denis Dennis Denys \
    Derek Desmond Detlef Devendra Devlet Dharmendra Dhruv Diarmuid Dick Didier Diego Dieter Dietmar Dietrich \
    Digvijay Digvijaya Dilip Dimitar Dimitrios Dimitris Dinesh Diosdado Dirk Dmitri Dmitriy Dmitry Dmytro Dogan \
    Domenico Domingos Dominic Dominik Donal Donald Dong-hoon Doo-hwan Dorin Doron Doug Douglas Dov Doğan Dragan \
    Dragos Dragoș Drazen Dražen Driss Duarte Duck-soo Dudi Dumitru Duncan Dusan Dušan Dylan Dániel Dónal Eamon \
    Eamonn Ebrahim Ed Eddie Edgar Edgard Edgars Edi Edin Edmund Edmundo Edoardo Edouard Edson Eduard Eduardo \
    Edward Edwin Efkan Egils Egon Ehab Ehsan Ehud Eisaku Eitan Eknath Ekrem Elad Eli Elias Elijah Elio Elliot \
    Elliott Elmar Elon Emad Emanuele Emeka Emil Emile Emiliano Emilio Emin Emlyn Emmanuel Emmerson Emomali Emre \
    Enda Endre Engin Enlai Enoch Enrico Enrique Enver Enzo Eoghan Eoin Erdal Erez Eric Erich Erick Erik Erkki \
    Erlan Ernest Ernesto Ersin Ertugrul Ertuğrul Esfandiar Esko Esmaeil Esmail Espen Essam Esteban Ethan Etienne \
    Ettore Eugen Eugene Eugenio Eui-yong Evan Evangelos Evariste Evgeniy Evgeny Evo Ewan Eyal Fabien Fabio \
    Fabrice Fadi Fahad Fahd Fahim Fahrettin Faisal Faiz Fakhar Fakhrul Farhad Farhan Farid Faris Farooq Farouk \
    Farouq Fathi Fatih Faure Faustin-Archange Fausto Fawad Fawaz Fawzi Fayez Fayiz Fazl Fazlur Feargal Fearghal \
    Federico Fela Felipe Felix Femi Ferdinand Ferenc Fergus Ferhat Feridun Fernando Fidel Filipe Filippo Fintan \
    Firas Flavio Florent Florian Florin Floyd Flávio Fouad Francesco Francis Francisco Franck Franco Francois \
    Franjo Frank-Walter Franklin Frans Franz François François-Philippe François-Xavier Fred Freddie Frederic \
    Frederick Frederik Friedrich Fritz Frédéric Fuad Fumihito Fumio Fyodor Fábio Félix Gabor Gabriel Gabrielius \
    Gadi Gagan Gagik Gajendra Gamal Ganjar Gareth Gary Gaurav Gautam Gavin Gaël Gebran Gedion Geert Gennadiy \
    Gennady Gennaro Geoff Geoffrey Georg George Georges Georges-Louis Georgi Georgios Georgiy Georgy Geraint \
    Gerald Geraldo Gerard Gerardo Gerd Gergely Gergő Gerhard Germán Gerry Gervais Getachew Gethin Ghasem Ghassan \
    Gheorghe Gholam Gholamreza Ghulam Giacomo Giampaolo Giancarlo Gianfranco Gianluca Gianluigi Gianni Gibran \
    Gideon Gijs Gilad Gilbert Gilberto Giles Gilles Gilmar Gino Giorgi Giorgio Giorgos Giovanni Girish Gitanas \
    Giuliano Giulio Giuseppe Gleb Glen Glenn Godwin Gokhan Gonzalo Gonçalo Goodluck Gopal Goran Gordon Gotabaya \
    Govind Graeme Graham Greg Gregoire Gregor Gregorio Gregory Grigory Grzegorz Grégoire Grégory Gudni Guenter \
    Guenther Guido Guilherme Guillaume Guillermo Gulbuddin Gunnar Gunther Gurbanguly Gus Gustaf Gustav Gustavo \
    Guðni Gwede Gyula Gábor Gérald Gérard Géza Gökhan Günter Günther Haakon Habib Hadi Hage Haidar Haider \
    Hailemariam Haim Haitham Hakainde Hakan Hakeem Hakim Halil Hamad Hamdan Hamdi Hamed Hamid Hamidreza Hamish \
    Hamza Hani Hans Hans-Dietrich Hans-Georg Hans-Joachim Hans-Jürgen Hans-Peter Hany Harald Haris Harish Harold \
    Haroun Harry Haruhiko Haruki Harvey Hasan Hashem Hashim Hassan Hassanal Hatem Hayk Hazem Hector Heikki Heiko \
    Heinrich Heinz Heinz-Christian Helmut Hemant Hemedti Hendrik Henk Henri Henrik Henrique Henry Henryk Heorhii \
    Herbert Herman Hermann Hernán Herve Hervé Hery Herzl Hesham Hibatullah Hichem Hideki Hifikepunye Hikmat \
    Hikmet Himanta Hirobumi Hirofumi Hirokazu Hiroshi Hiroyuki Hisahito Hisham Horacio Horia Horst Hosni Hossain \
    Hossam Hossein Howard Hristo Hryhoriy Hsien-loong Hubert Hubertus Hugh Hugo Hugues Hulusi Humza Husain Husam \
    Huseyin Hussain Hussam Hussein Huw Hywel Håkon Héctor Hüseyin Iain Ian Ibrahim Ibrahima Ichiro Idi Idriss \
    Idrissa Ieuan Ifeanyi Ignacio Ignazio Igor Ihab Ihor Ijaz Il-sung Ilan Ilia Ilie Ilir Illia Ilya Imad Imran \
    Imre Inacio Inigo Inácio Ioannis Ion Ionut Ionuț Iqbal Iraj Irakli Isaac Isaias Ishaq Isidro Ismael Ismail \
    Ismaïl Ismet Issa Issam Issoufou Istvan István Itamar Itsunori Ivan Ivica Ivo Iván Iyad Iñaki Jaafar Jaak \
    Jaap Jaber Jacek Jack Jacob Jacques Jae-in Jae-myung Jae-yong Jafar Jagan Jahangir Jaime Jair Jairam Jakaya \
    Jake Jakob Jakub Jalal Jamaal Jamal Jameel James Jamil Janez Janos Janusz Jared Jari Jaroslav Jaroslaw \
    Jarosław Jason Jasper Jaswant Javad Javier Jawad Jawaharlal Jawar Jay Jean-Baptiste Jean-Charles \
    Jean-Christophe Jean-Claude Jean-Francois Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc \
    Jean-Marie Jean-Michel Jean-Noel Jean-Noël Jean-Paul Jean-Philippe Jean-Yves Jeff Jeffrey Jens Jeppe Jeremy \
    Jeroen Jerome Jerry Jerzy Jesse Jesús Jeyhun Jiabao Jiakun Jiaxuan Jibril Jiechi Jim Jimmy Jinping Jintao \
    Jiri Jitendra Jiří Joachim Joao Joaquim Joaquin Joaquín Jochen Joe Joel Joerg Johann Johannes John Johnny \
    Joko Jokowi Jomo Jon Jonas Jonathan Jong-il Jong-un Joop Joost Jordi Jorge Joschka Jose Josef Josep Joseph \
    Josh Joshua José Jovenel João Joël Ju-ho Juan Jude Juergen Juha Jules Julian Julien Julio Julius Julián \
    Junaid Junichiro Juraj Juris Jussi Justin Jusuf Jyotiraditya Jyrki János Jérôme Jörg Jürgen Jüri Jānis \
    Kacper Kadir Kai-shek Kairat Kais Kakha Kakuei Kalonzo Kamal Kamchybek Kamel Kamil Kamran Kamuzu Kapil Karan \
    Kareem Karel Karim Karl Karl-Heinz Karl-Theodor Karlis Karoly Karsten Kash Kashim Kassem Kassim Kassym \
    Kassym-Jomart Katsunobu Katsuya Kaveh Kayode Kazem Kazimierz Kazuo Kaïs Kees Keir Keith Keizo Kemal Ken \
    Kenan Kenji Kenneth Kenny Kenta Keqiang Kerem Kestutis Kevin Kgalema Khadga Khaled Khalid Khalifa Khalil \
    Khurram Ki-moon Kieran Kiichi Kimmo Kiril Kirill Kirk Kishore Kithure Kizza Klaas Klaus Knut Kofi Koichi \
    Koichiro Koji Kojo Konrad Konstantin Konstantinos Kostas Kostiantyn Kostyantyn Kourosh Krisjanis Kristian \
    Kristjan Kristoffer Krišjānis Krzysztof Kulman Kun-hee Kunal Kurt Kwabena Kwadwo Kwaku Kwame Kwasi Kwesi \
    Kyle Kyo-ahn Kyriakos Kyrylo Károly Kārlis Kęstutis Kōichi Lachlan Ladislav Lajos Lalit Lalu Lamberto Lamido \
    Lamin Lansana Larry Lars Laszlo Laurens Laurent Laurentino Lauri Lawrence Lazarus Leandro Lech Leif Lenín \
    Leo Leon Leonard Leonardo Leonel Leonid Leopold Leopoldo Leszek Levan Levent Levente Levon Lewis Liam Liaqat \
    Liaquat Lijian Linas Lionel Liviu Lloyd Loic Lorenzo Lotfi Lothar Louis Louis-Philippe Loïc Luc Luca Lucas \
    Luciano Lucien Ludovic Ludwig Ludwik Luhut Luigi Luis Luiz Lukas Lukasz Luke Lukáš Lula Lutfi Luís László \
    Ma'ruf Maarten Maciej Macky Madhav Magdi Magnus Mahamadou Mahamat Mahamudu Mahathir Mahdi Mahendra Maher \
    Mahesh Mahfud Mahinda Mahmoud Mahmud Maithripala Majed Majid Makis Maksim Maksym Malcolm Mallikarjun Malte \
    Mamadou Mamady Mamdouh Manfred Mangala Mangosuthu Manish Manmohan Manny Manoj Mansour Mansukh Mansur Manuel \
    Marc Marc-André Marcel Marcello Marcelo Marcin Marcio Marco Marcos Marcus Marek Margus Mariano Mario Mariusz \
    Marko Markus Markwayne Martijn Martin Marton Marty Martí Martín Maruf Marwan Masahiko Masahiro Masato \
    Masayoshi Masoud Masrour Massimo Massoud Mateo Mateusz Mathias Mathieu Matt Matteo Matthew Matthias Matthieu \
    Matti Maurice Mauricio Maurizio Mauro Max Maxim Maxime Maximilian Mazen Medhat Mehdi Mehmet Mehran Meir \
    Meles Menachem Menno Merrick Mesfin Meshal Mesut Metin Mevlut Mevlüt Michael Michalis Michał Micheal Michel \
    Micheál Mick Miguel Mihai Mihail Mihaly Mihhail Mihály Mikael Mike Mikhail Mikheil Mikkel Mikko Miklos \
    Miklós Milad Milind Milo Milorad Milos Miloš Milton Min-soon Mindaugas Minoru Mir-Hossein Mirko Miro \
    Miroslav Miroslaw Mirosław Mishaal Mitch Mitt Mladen Mmusi Moataz Moctar Modibo Mohamad Mohamed Mohammad \
    Mohammad-Javad Mohammed Mohamud Mohan Mohannad Mohsen Mohsin Moise Mojtaba Mokgweetsi Mokhtar Mondli \
    Moo-hyun Mordechai Morihiro Moritz Morris Morten Morteza Moshe Mostafa Mounir Mourad Mousa Moussa Moustafa \
    Moustapha Moïse Mswati Mthuli Muhaimin Muhammad Muhammadu Muhammed Muhoozi Muhyiddin Mujibur Mukesh Mukhtar \
    Mukul Mulatu Muneo Munir Muqtada Murad Murat Murli Musa Musalia Mushahid Mustafa Mustapha Mwai Mykhailo \
    Mykola Myung-bak Myung-hwan Márcio Mário Márton Māris Nabeel Nabih Nabil Nadav Nadeem Nader Nadhim Nadim \
    Nadir Naftali Naguib Naif Naim Najeeb Naji Najib Nak-yon Nalin Namal Nandan Nangolo Naoto Narayan Narendra \
    Naresh Naruhito Naser Nasiru Nasry Nasser Natan Nathan Nathaniel Natthaphong Natwar Naveed Naveen Navin \
    Nawaf Nawaz Nayef Nayib Nayif Naïm Neal Neale Nebojsa Nebojša Nechirvan Necmettin Ned Neil Nelson Nenad \
    Nestor Newt Niall Niccolò Nicholas Nick Nicolae Nicolai Nicolas Nicolás Nicolò Nicos Nicusor Nicușor \
    Nicéphore Nidal Niels Nigel Nihat Nikitas Niklas Nikolai Nikolaos Nikolay Nikoloz Nikos Nils Nir Nissim \
    Nitin Nitish Nizar Nnamdi Noah Noam Noboru Nobuo Nobusuke Nobutaka Nobuteru Nobuyuki Norbert Norman \
    Noureddine Nouri Noynoy Nuhu Numan Nuno Nureddin Nuri Nurlan Nyesom Néstor Obaidul Obinna Octavian Octavio \
    Oded Ognyan Oguz Ohad Oisin Oisín Oktay Olaf Olafur Olav Ole Oleg Oleh Oleksandr Oleksii Oleksiy Olexiy \
    Oliver Olivier Ollanta Olli Olusegun Omar Omid Omri Ondrej Ondřej Onur Orhan Oriol Osama Osamu Oscar Oskar \
    Osman Ostap Otavio Othman Ottavio Otto Otávio Oumar Ousman Ousmane Oussama Owain Owen Ozan Oğuz Paal Paavo \
    Pablo Padraig Panagiotis Pankaj Panos Paolo Parvez Parviz Pascal Paschal Pasquale Patrice Patricio Patrick \
    Paul Paul-Henri Paulo Pavel Pavlo Pavlos Pavol Pawan Pawel Paweł Pearse Pedro Pekka Pepe Pere Pervaiz Pervez \
    Pete Peter Petr Petro Petros Petru Petteri Phil Philip Philipp Philippe Phillip Phuc Phumtham Pichai \
    Pierluigi Piero Pierre Pierre-Yves Piet Pieter Pietro Piotr Pita Piyush Plamen Prabowo Pradeep Prakash \
    Pralhad Pramod Pranab Prashant Praveen Pravin Pravind Prawit Prayut Prayuth Predrag Prem Prithvirajsing \
    Przemyslaw Przemysław Pyotr Pádraig Pál Pål Péter Qaboos Qais Qasem Qasim Qassem Qiang Quett Quim Qusay \
    Rached Rachid Radek Radoslaw Radosław Radovan Radu Radwan Raed Rafael Rafal Rafał Raffaele Rafi Rafic Rafik \
    Rafiq Raghuram Raheel Rahul Raila Raimonds Rainer Rajat Rajeev Rajesh Rajiv Rajnath Rakesh Ralf Ralph Ramesh \
    Rami Ramin Ramiro Ramiz Ramon Ramtane Ramush Ramy Ramzan Ramzi Ramón Randall Randhir Ranil Ranjan Raphael \
    Raphaël Rashad Rasheed Rashid Rasmus Ratan Ratko Rauff Raul Ravi Ravindra Rawiri Raymond Razvan Raúl Recep \
    Redouane Redwan Regis Reinhard Reinhold Remi Renan Renato Renaud René Reuven Revanth Rex Reza Rhodri Rhun \
    Rhys Riad Ricardo Riccardo Richard Rick Rida Ridha Ridwan Riek Rigathi Rishabh Rishi Riyad Rob Robert \
    Roberto Rocco Roch Rodolfo Rodrigo Roel Rogelio Roger Rohan Rohit Roland Rolandas Rolando Rolf Romano \
    Romuald Ron Ronald Ronan Ronen Rongji Rory Rosen Ross Rostislav Rotimi Roy Ruairi Ruairí Ruben Rubén Rudolf \
    Rudy Ruediger Ruhakana Ruhollah Rui Rumen Rupert Ruslan Russ Russell Rustam Rustem Ruud Ryan Ryszard Ryutaro \
    Régis Rémi Rüdiger Răzvan Saad Sabri Sachin Sadegh Sadek Sadeq Sadiq Sadyr Saeb Saeed Saif Sajeeb Sajid \
    Sajith Salah Salaheddine Saleem Saleh Salih Salim Salman Salva Salvatore Sam Sambit Sameer Sameh Samer Samir \
    Samora Samuel Samvel Samy Sandeep Sander Sandiaga Sandor Sandro Sang-mok Sanjay Sanjeev Sanjiv Santosh \
    Sanusi Saqib Sarbananda Satish Satoshi Satya Satyendra Saud Saul Sauli Saulius Saulos Saurabh Saverio Sayed \
    Sayyid Saúl Scott Seamus Sean Sebastian Sebastien Sebastián Sedat Seif Seiji Sekou Selahattin Selcuk Selim \
    Selçuk Serdar Seretse Serge Sergei Sergey Sergio Sergiy Serhii Serhiy Serzh Seth Seung-man Seydou Seyoum \
    Seán Shadi Shafiqur Shafqat Shahbaz Shahid Shahidul Shahram Shaktikanta Shalva Shane Shantanu Sharad Sharif \
    Shaul Shaun Shavkat Shehbaz Shekhar Sheldon Sher Sherif Shigeru Shimon Shinji Shinjiro Shintaro Shinzo \
    Shinzō Shivraj Shlomo Shukri Shunichi Shyam Siarhei Siddaramaiah Siddharth Sidiki Siegfried Sigmar Sigmundur \
    Sihasak Silvio Simon Simonas Sinan Sinisa Siniša Sirajuddin Sitaram Sjoerd Slavko Slawomir Slobodan Soeharto \
    Soekarno Sohail Sonexay Sooronbay Soren Sorin Sotiris Souleymane Spencer Spyros Srettha Stanislas Stanislav \
    Stanislaw Stanisław Stanley Stavros Stefan Stefano Stefanos Steffen Steny Stepan Stephan Stephane Stephen \
    Steve Steven Stewart Stuart Stéphane Subhash Subrahmanyam Sudhir Sugiono Suhail Suharto Suk-yeol Sukarno \
    Sukru Sulaiman Suleiman Suleyman Sundar Sung-hwan Sunil Suresh Sushil Susilo Svein Sven Sye-kyun Syed \
    Sylvain Syngman Szilard Szilárd Szymon Sándor Séamus Sébastien Sékou Sérgio Søren Süleyman Sławomir Taban \
    Tabare Tabaré Tadashi Tadeusz Tadhg Tae-woo Tae-yul Taher Tahir Tahnoun Takashi Takeaki Takeo Takeshi Takis \
    Talal Tamas Tamer Tamim Tamir Tamás Taner Tanvir Taras Tarcisio Tarcísio Tareck Tarek Tareq Tarik Tariq \
    Tarique Taro Tarun Tarō Taur Tawfik Tawfiq Taye Tayeb Tayyip Ted Tedros Tejashwi Tejasvi Teodor Teodoro \
    Terence Terje Tetsuo Thabo Thaksin Thamer Thanasis Thanathorn Tharman Theo Theodore Theodoros Thibault \
    Thibaut Thierry Thijs Thom Thomas Thongloun Thorsten Théo Tiago Tibor Tigran Tim Timo Timothy Timur Tino \
    Tito Tiziano Tobias Toby Todd Todor Tolga Tom Tomas Tomasz Tomiichi Tomislav Tommaso Tommy Tomás Tomáš Tonis \
    Tony Toomas Torbjørn Torsten Toru Toshihiro Toshiki Toshimitsu Touhid Traian Travis Trevor Tristan Troels \
    Trong Troy Trygve Tsuyoshi Tucker Tudor Tufan Tuncer Tunde Tundu Tuomas Turgut Turki Tyler Tzachi Tzvi Tõnis \
    Uday Uddhav Udo Ueli Ugo Ugur Uhuru Ulf Ulises Ulrich Umar Umaro Umaru Umberto Umer Umesh Umit Upendra Uri \
    Urjit Urmas Usama Usman Uthman Uwe Uğur Vaclav Vadim Vadym Vahagn Vahe Vahid Vajiralongkorn Valdas Valdis \
    Valentin Valentyn Valerii Valerio Valeriu Valeriy Valery Valéry Vangelis Varun Vasco Vasile Vasilis Vasily \
    Vassilis Vasyl Vaughan Venkaiah Viacheslav Vicente Victor Vijay Vijitha Vikram Viktar Viktor Ville Vinay \
    Vincent Vincenzo Vinod Viorel Vipin Virgil Vishal Vitali Vitalii Vitaliy Vitaly Vito Vitor Vittorio Vivek \
    Vlad Vladimir Vladimír Vladislav Vojislav Vojtech Vojtěch Volkan Volker Volodymyr Vuk Vyacheslav Vytautas \
    Václav Víctor Vítor Wael Waheed Wahid Waleed Walid Wallace Walter Waseem Wassim Wavel Wayne Werner Wes \
    Wesley Wilhelm Willem Willem-Alexander William Willy Wim Winfried Winston Witold Wladyslaw Wlodzimierz \
    Wojciech Wole Wolfgang Wolfram Won-shik Wopke Workneh Wouter Władysław Włodzimierz Xanana Xavi Xavier \
    Xiaoping Yaakov Yahya Yair Yakov Yakubu Yamandu Yamandú Yanis Yann Yannick Yannis Yariv Yaroslav Yasar Yaser \
    Yashwant Yasin Yasir Yasser Yassin Yassine Yasuhiro Yasuo Yasutoshi Yat-sen Yavuz Yazid Yaşar Yegor Yehoshua \
    Yehuda Yehudah Yemane Yerlan Yevgeniy Yevgeny Yevhen Yigal Ying-jeou Yiorgos Yisrael Yitzchak Yitzhak Yoav \
    Yoel Yogendra Yogesh Yohei Yonatan Yong-chol Yong-ho Yong-nam Yoram Yosef Yoshihide Yoshihiko Yoshimasa \
    Yoshio Yoshiro Yoshitaka Yossi Younes Young-sam Younis Yousef Yousif Youssef Youssouf Yoweri Yukio Yunus \
    Yuri Yurii Yuriy Yury Yusef Yusuf Yusuke Yuval Yves Yves-François Zabihullah Zach Zachary Zafar Zafer Zaid \
    Zakaria Zakariya Zakir Zalmay Zayed Zbigniew Zdenek Zdeněk Zdravko Ze'ev Zedong Zeev Zeid Zeljko Zemin \
    Zhaoxing Ziad Ziaur Zinedine Zitto Zlatko Zoltan Zoltán Zoran Zsolt Zubair Zuhair Zulfikar Zulfiqar Zulkifli \
    Zurab Zvi Zweli Zygimantas Ádám Ákos Álvaro Ángel Édouard Éric Étienne Évariste Íñigo Ólafur Óscar Ömer Ümit \
    İsmet Łukasz Şükrü Željko Žygimantas",
    ),
};

/// Given names of women and of men, each a [`WordList`].
pub struct GivenNames {
    female: WordList,
    male: WordList,
}

impl GivenNames {
    /// The gender of most people named `name` (as written, case and accents and all).
    pub fn get(&self, name: &str) -> Option<Gender> {
        if self.female.contains(name) {
            Some(Female)
        } else if self.male.contains(name) {
            Some(Male)
        } else {
            None
        }
    }

    /// Every name with its gender, women's first.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Gender)> {
        self.female.iter().map(|n| (n, Female)).chain(self.male.iter().map(|n| (n, Male)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{people, places};
    use super::*;

    #[test]
    fn keys_are_single_capitalised_words() {
        for (key, _) in GIVEN_NAMES.iter() {
            assert!(!key.is_empty(), "an empty key");
            assert!(!key.contains(char::is_whitespace), "{key:?} holds a space");
            assert!(key.starts_with(char::is_uppercase), "{key:?} is not capitalised");
            assert!(!key.ends_with('-'), "{key:?} ends with a hyphen");
        }
    }

    #[test]
    fn keys_are_in_byte_order_and_found() {
        for list in [&GIVEN_NAMES.female, &GIVEN_NAMES.male] {
            let keys: Vec<&str> = list.iter().collect();
            for pair in keys.windows(2) {
                assert!(pair[0] < pair[1], "{:?} must come before {:?}", pair[1], pair[0]);
            }
        }
        for (key, gender) in GIVEN_NAMES.iter() {
            assert_eq!(GIVEN_NAMES.get(key), Some(gender), "{key:?} is not found");
        }
        assert!(GIVEN_NAMES.iter().count() >= 2_500);
    }

    #[test]
    fn no_key_is_a_word_other_lists_say_is_no_name() {
        let title_words: Vec<&str> = people::TITLES.iter().flat_map(|(title, _)| title.split(' ')).collect();
        for (key, _) in GIVEN_NAMES.iter() {
            assert!(!people::NOT_NAMES.contains(key), "{key:?} is in people::NOT_NAMES");
            assert!(!title_words.contains(&key.to_lowercase().as_str()), "{key:?} is a word of people::TITLES");
            assert!(!places::COUNTRY_WORDS.contains(key), "{key:?} is in places::COUNTRY_WORDS");
            assert!(!places::NOT_PEOPLE.contains(key), "{key:?} is in places::NOT_PEOPLE");
            assert!(!people::MONTH_NAMES.contains(key), "{key:?} is in people::MONTH_NAMES");
        }
    }

    #[test]
    fn spot_checks() {
        for name in "Anna Yulia Ngozi Kamala Olena Fatima Priyanka Benazir Yoko Zoë Zoe".split_whitespace() {
            assert_eq!(GIVEN_NAMES.get(name), Some(Female), "{name}");
        }
        let men = "Marc Volodymyr Narendra Mohammed Muhammad Fumio Dmytro Sergei Sergey José Jose Jae-in Abiy Cyril \
                   Uhuru Shehbaz Joe Bill";
        for name in men.split_whitespace() {
            assert_eq!(GIVEN_NAMES.get(name), Some(Male), "{name}");
        }
        // Months, words, places and names of both genders are left out.
        let out = "May June April Will Mark Grace Hope Faith Rose Victoria China Alex Kim Jean Andrea Jordan Said \
                   anna ANNA";
        for name in out.split_whitespace().chain([""]) {
            assert_eq!(GIVEN_NAMES.get(name), None, "{name:?}");
        }
    }
}
