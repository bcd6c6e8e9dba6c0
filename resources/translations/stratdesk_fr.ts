<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>About stratdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stratdesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s marketing plan in one file: strategy and operations, offline, printable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>This plan is open read-only: it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo plan is not available in this language: {language}.</source>
        <translation>Le plan de démonstration n&apos;existe pas dans cette langue&#xa0;: {language}.</translation>
    </message>
    <message>
        <source>“{name}” already exists: the demo plan is only written to a new file.</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà&#xa0;: le plan de démonstration ne s&apos;écrit que dans un nouveau fichier.</translation>
    </message>
    <message>
        <source>Specialty coffee roasting</source>
        <translation>Torréfaction de café de spécialité</translation>
    </message>
    <message>
        <source>Marketing plan {start}–{end}</source>
        <translation>Plan marketing {start}–{end}</translation>
    </message>
    <message>
        <source>Active subscriptions</source>
        <translation>Abonnements actifs</translation>
    </message>
    <message>
        <source>Paying subscriptions at the end of the month; an office counts as one.</source>
        <translation>Abonnements payants en fin de mois&#xa0;; un bureau compte pour un.</translation>
    </message>
    <message>
        <source>Website sessions</source>
        <translation>Visites du site</translation>
    </message>
    <message>
        <source>Visits to the shop website in the month.</source>
        <translation>Visites de la boutique en ligne dans le mois.</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Share of website visits that end in an order.</source>
        <translation>Part des visites du site qui se terminent par une commande.</translation>
    </message>
    <message>
        <source>Customer acquisition cost</source>
        <translation>Coût d&apos;acquisition client</translation>
    </message>
    <message>
        <source>Marketing spend divided by the number of new subscribers.</source>
        <translation>Dépenses marketing divisées par le nombre de nouveaux abonnés.</translation>
    </message>
    <message>
        <source>Return on ad spend</source>
        <translation>Retour sur dépenses publicitaires</translation>
    </message>
    <message>
        <source>Revenue from ads divided by what they cost.</source>
        <translation>Chiffre d&apos;affaires issu des publicités divisé par leur coût.</translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Monthly survey of subscribers: promoters minus detractors.</source>
        <translation>Enquête mensuelle auprès des abonnés&#xa0;: promoteurs moins détracteurs.</translation>
    </message>
    <message>
        <source>Reach {count} active subscriptions from remote workers and small offices by the end of {year}.</source>
        <translation>Atteindre {count} abonnements actifs de télétravailleurs et de petits bureaux d&apos;ici la fin de {year}.</translation>
    </message>
    <message>
        <source>Bring the cost of winning a subscriber down to {amount} by the end of {year}.</source>
        <translation>Ramener le coût d&apos;acquisition d&apos;un abonné à {amount} d&apos;ici la fin de {year}.</translation>
    </message>
    <message>
        <source>Reach a Net Promoter Score of {score} among subscribers by the end of {year}.</source>
        <translation>Atteindre un Net Promoter Score de {score} auprès des abonnés d&apos;ici la fin de {year}.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Design the subscription offer</source>
        <translation>Concevoir l&apos;offre d&apos;abonnement</translation>
    </message>
    <message>
        <source>Three tiers, delivery rhythm, pause and cancellation rules.</source>
        <translation>Trois formules, rythme de livraison, règles de pause et de résiliation.</translation>
    </message>
    <message>
        <source>Rebuild the website for subscriptions</source>
        <translation>Refaire le site pour les abonnements</translation>
    </message>
    <message>
        <source>New shop with recurring payments and a customer account.</source>
        <translation>Nouvelle boutique avec paiement récurrent et compte client.</translation>
    </message>
    <message>
        <source>Subscription launch</source>
        <translation>Lancement de l&apos;abonnement</translation>
    </message>
    <message>
        <source>Opening night with a live online cupping.</source>
        <translation>Soirée de lancement avec une dégustation en direct en ligne.</translation>
    </message>
    <message>
        <source>Pilot with five Lyon offices</source>
        <translation>Pilote avec cinq bureaux lyonnais</translation>
    </message>
    <message>
        <source>Free first month in exchange for feedback and a testimonial.</source>
        <translation>Premier mois offert en échange d&apos;avis et d&apos;un témoignage.</translation>
    </message>
    <message>
        <source>Producer stories content series</source>
        <translation>Série de contenus «&#xa0;Histoires de producteurs&#xa0;»</translation>
    </message>
    <message>
        <source>One story a month from our partner cooperatives.</source>
        <translation>Une histoire par mois de nos coopératives partenaires.</translation>
    </message>
    <message>
        <source>Optimise paid acquisition</source>
        <translation>Optimiser l&apos;acquisition payante</translation>
    </message>
    <message>
        <source>Cut the cost per subscriber with better targeting and pages.</source>
        <translation>Réduire le coût par abonné grâce à un meilleur ciblage et de meilleures pages.</translation>
    </message>
    <message>
        <source>Hire a freelance salesperson for offices</source>
        <translation>Recruter un commercial indépendant pour les bureaux</translation>
    </message>
    <message>
        <source>Two days a week, paid partly on commission.</source>
        <translation>Deux jours par semaine, rémunéré en partie à la commission.</translation>
    </message>
    <message>
        <source>Zero-waste office kit</source>
        <translation>Kit bureau zéro déchet</translation>
    </message>
    <message>
        <source>Bulk bags, a grinder on loan and a refill box.</source>
        <translation>Sacs en vrac, un moulin prêté et une boîte de recharge.</translation>
    </message>
    <message>
        <source>Loyalty programme launch</source>
        <translation>Lancement du programme de fidélité</translation>
    </message>
    <message>
        <source>Points for every month, rewards from the roastery.</source>
        <translation>Des points chaque mois, des récompenses de la brûlerie.</translation>
    </message>
    <message>
        <source>Open offices in Grenoble and Saint-Étienne</source>
        <translation>Conquérir les bureaux de Grenoble et Saint-Étienne</translation>
    </message>
    <message>
        <source>Same office offer, delivered by regional courier.</source>
        <translation>Même offre bureaux, livrée par coursier régional.</translation>
    </message>
    <message>
        <source>{count} active subscriptions</source>
        <translation>{count} abonnements actifs</translation>
    </message>
    <message>
        <source>The plan&apos;s main objective is reached.</source>
        <translation>L&apos;objectif principal du plan est atteint.</translation>
    </message>
    <message>
        <source>Monthly origin box for remote workers</source>
        <translation>Box mensuelle d&apos;origine pour les télétravailleurs</translation>
    </message>
    <message>
        <source>A 250 g bag of a new origin every month, with tasting notes.</source>
        <translation>Un sachet de 250 g d&apos;une nouvelle origine chaque mois, avec notes de dégustation.</translation>
    </message>
    <message>
        <source>Compostable packaging</source>
        <translation>Emballages compostables</translation>
    </message>
    <message>
        <source>Replace the foil-lined bags with certified compostable ones.</source>
        <translation>Remplacer les sachets doublés d&apos;aluminium par des sachets compostables certifiés.</translation>
    </message>
    <message>
        <source>1 kg bulk bags for offices</source>
        <translation>Sacs vrac de 1 kg pour les bureaux</translation>
    </message>
    <message>
        <source>A larger, refillable format with a grinder on loan.</source>
        <translation>Un grand format rechargeable, avec un moulin prêté.</translation>
    </message>
    <message>
        <source>Three subscription tiers</source>
        <translation>Trois formules d&apos;abonnement</translation>
    </message>
    <message>
        <source>Discovery, Classic and Office: the longer the commitment, the lower the price per bag.</source>
        <translation>Découverte, Classique et Bureau&#xa0;: plus l&apos;engagement est long, plus le prix du sachet baisse.</translation>
    </message>
    <message>
        <source>First month at half price</source>
        <translation>Premier mois à moitié prix</translation>
    </message>
    <message>
        <source>Welcome offer for new subscribers, paid from the acquisition budget.</source>
        <translation>Offre de bienvenue pour les nouveaux abonnés, financée par le budget d&apos;acquisition.</translation>
    </message>
    <message>
        <source>Volume discount for offices</source>
        <translation>Remise sur volume pour les bureaux</translation>
    </message>
    <message>
        <source>A price per kilo that falls as the team grows.</source>
        <translation>Un prix au kilo qui baisse quand l&apos;équipe grandit.</translation>
    </message>
    <message>
        <source>Search ads on coffee subscription keywords</source>
        <translation>Annonces sur les mots-clés «&#xa0;abonnement café&#xa0;»</translation>
    </message>
    <message>
        <source>Always on, with the budget moved to the best ads every month.</source>
        <translation>En continu, le budget étant réaffecté chaque mois aux meilleures annonces.</translation>
    </message>
    <message>
        <source>Producer stories on Instagram</source>
        <translation>Histoires de producteurs sur Instagram</translation>
    </message>
    <message>
        <source>Two posts and one short video a week about our producers.</source>
        <translation>Deux publications et une courte vidéo par semaine sur nos producteurs.</translation>
    </message>
    <message>
        <source>Referral programme: a free bag for each friend</source>
        <translation>Parrainage&#xa0;: un sachet offert par ami parrainé</translation>
    </message>
    <message>
        <source>Subscribers share a link; both get a free bag.</source>
        <translation>Les abonnés partagent un lien&#xa0;; chacun reçoit un sachet offert.</translation>
    </message>
    <message>
        <source>Stand at the Lyon coffee festival</source>
        <translation>Stand au festival du café de Lyon</translation>
    </message>
    <message>
        <source>Tastings and gift subscriptions sold on the spot.</source>
        <translation>Dégustations et abonnements cadeaux vendus sur place.</translation>
    </message>
    <message>
        <source>Letterbox-sized parcel with tracked delivery</source>
        <translation>Colis format boîte aux lettres avec suivi</translation>
    </message>
    <message>
        <source>No need to be at home: the parcel fits a standard letterbox.</source>
        <translation>Inutile d&apos;être chez soi&#xa0;: le colis passe dans une boîte aux lettres standard.</translation>
    </message>
    <message>
        <source>Pick-up at the shop for nearby offices</source>
        <translation>Retrait en boutique pour les bureaux voisins</translation>
    </message>
    <message>
        <source>Offices within walking distance collect their order at the shop.</source>
        <translation>Les bureaux proches viennent chercher leur commande à la boutique.</translation>
    </message>
    <message>
        <source>Listing on an office supplies marketplace</source>
        <translation>Référencement sur une place de marché de fournitures de bureau</translation>
    </message>
    <message>
        <source>Reach office managers where they already buy their supplies.</source>
        <translation>Toucher les office managers là où ils achètent déjà leurs fournitures.</translation>
    </message>
    <message>
        <source>Search ads: coffee subscription</source>
        <translation>Annonces Search&#xa0;: abonnement café</translation>
    </message>
    <message>
        <source>Always-on campaign on subscription keywords.</source>
        <translation>Campagne permanente sur les mots-clés d&apos;abonnement.</translation>
    </message>
    <message>
        <source>Online launch event: live cupping</source>
        <translation>Lancement en ligne&#xa0;: dégustation en direct</translation>
    </message>
    <message>
        <source>Live tasting with two producers; 340 people watched.</source>
        <translation>Dégustation en direct avec deux producteurs&#xa0;; 340 spectateurs.</translation>
    </message>
    <message>
        <source>Content series shared with the partner cooperatives.</source>
        <translation>Série de contenus partagée avec les coopératives partenaires.</translation>
    </message>
    <message>
        <source>Welcome email series</source>
        <translation>Séquence d&apos;e-mails de bienvenue</translation>
    </message>
    <message>
        <source>Five emails over the first month: brewing tips and producers.</source>
        <translation>Cinq e-mails pendant le premier mois&#xa0;: conseils d&apos;infusion et producteurs.</translation>
    </message>
    <message>
        <source>LinkedIn outreach to office managers</source>
        <translation>Prospection LinkedIn auprès des office managers</translation>
    </message>
    <message>
        <source>Sponsored messages and a free tasting offer.</source>
        <translation>Messages sponsorisés et offre de dégustation gratuite.</translation>
    </message>
    <message>
        <source>Back-to-the-office press release</source>
        <translation>Communiqué de presse «&#xa0;retour au bureau&#xa0;»</translation>
    </message>
    <message>
        <source>Picked up by two local papers and a business radio.</source>
        <translation>Repris par deux journaux locaux et une radio économique.</translation>
    </message>
    <message>
        <source>Trade fair: Lyon workplace show</source>
        <translation>Salon professionnel&#xa0;: salon de l&apos;environnement de travail de Lyon</translation>
    </message>
    <message>
        <source>Stand with a coffee bar; 180 office contacts collected.</source>
        <translation>Stand avec bar à café&#xa0;; 180 contacts de bureaux recueillis.</translation>
    </message>
    <message>
        <source>Christmas gift subscriptions</source>
        <translation>Abonnements cadeaux de Noël</translation>
    </message>
    <message>
        <source>Display ads and a gift page with a printable card.</source>
        <translation>Bannières display et page cadeau avec carte à imprimer.</translation>
    </message>
    <message>
        <source>Spring referral drive</source>
        <translation>Opération parrainage de printemps</translation>
    </message>
    <message>
        <source>Launches the referral programme with existing subscribers.</source>
        <translation>Lance le programme de parrainage auprès des abonnés actuels.</translation>
    </message>
    <message>
        <source>Landing page headline</source>
        <translation>Titre de la page d&apos;atterrissage</translation>
    </message>
    <message>
        <source>A headline about freshness converts better than one about price.</source>
        <translation>Un titre sur la fraîcheur convertit mieux qu&apos;un titre sur le prix.</translation>
    </message>
    <message>
        <source>A: price-led headline. B: &quot;Roasted 48 hours before it reaches you&quot;.</source>
        <translation>A&#xa0;: titre axé sur le prix. B&#xa0;: «&#xa0;Torréfié 48 heures avant d&apos;arriver chez vous&#xa0;».</translation>
    </message>
    <message>
        <source>B converted 3.1% of visitors against 2.4% for A, over 6,200 visits.</source>
        <translation>B a converti 3,1&#xa0;% des visiteurs contre 2,4&#xa0;% pour A, sur 6&#x202f;200 visites.</translation>
    </message>
    <message>
        <source>Welcome offer</source>
        <translation>Offre de bienvenue</translation>
    </message>
    <message>
        <source>A free hand grinder keeps subscribers longer than half price on the first month.</source>
        <translation>Un moulin manuel offert fidélise mieux les abonnés que le premier mois à moitié prix.</translation>
    </message>
    <message>
        <source>Subscribers still active after three months</source>
        <translation>Abonnés encore actifs après trois mois</translation>
    </message>
    <message>
        <source>A: first month at half price. B: free grinder with a six-month commitment.</source>
        <translation>A&#xa0;: premier mois à moitié prix. B&#xa0;: moulin offert avec un engagement de six mois.</translation>
    </message>
    <message>
        <source>B kept 78% of subscribers against 61% for A, but each one cost twice as much.</source>
        <translation>B a gardé 78&#xa0;% des abonnés contre 61&#xa0;% pour A, mais chacun a coûté deux fois plus cher.</translation>
    </message>
    <message>
        <source>Message to office managers</source>
        <translation>Message aux office managers</translation>
    </message>
    <message>
        <source>Offering a free tasting at the office gets more replies than a discount.</source>
        <translation>Proposer une dégustation gratuite au bureau obtient plus de réponses qu&apos;une remise.</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>A: 20% off the first order. B: a free tasting session at the office.</source>
        <translation>A&#xa0;: 20&#xa0;% de remise sur la première commande. B&#xa0;: une dégustation gratuite au bureau.</translation>
    </message>
    <message>
        <source>9 replies for B against 4 for A, out of 41 messages each: too few to decide.</source>
        <translation>9 réponses pour B contre 4 pour A, sur 41 messages chacun&#xa0;: trop peu pour trancher.</translation>
    </message>
    <message>
        <source>Lyon metropolitan grants help small businesses go digital</source>
        <translation>Les aides de la Métropole de Lyon soutiennent la numérisation des petites entreprises</translation>
    </message>
    <message>
        <source>Unrest in some producing countries threatens green coffee supply</source>
        <translation>L&apos;instabilité de certains pays producteurs menace l&apos;approvisionnement en café vert</translation>
    </message>
    <message>
        <source>World arabica prices have reached record highs</source>
        <translation>Les cours mondiaux de l&apos;arabica atteignent des records</translation>
    </message>
    <message>
        <source>Small companies cut office perks when budgets get tight</source>
        <translation>Les petites entreprises réduisent les avantages au bureau quand les budgets se resserrent</translation>
    </message>
    <message>
        <source>Hybrid work is here to stay: two to three days a week at home</source>
        <translation>Le travail hybride s&apos;installe&#xa0;: deux à trois jours par semaine à domicile</translation>
    </message>
    <message>
        <source>Growing interest in traceable specialty coffee</source>
        <translation>Intérêt croissant pour le café de spécialité traçable</translation>
    </message>
    <message>
        <source>Subscription e-commerce tools are cheap and mature</source>
        <translation>Les outils d&apos;e-commerce par abonnement sont bon marché et éprouvés</translation>
    </message>
    <message>
        <source>AI answers in search engines send fewer visitors to small sites</source>
        <translation>Les réponses d&apos;IA des moteurs de recherche envoient moins de visiteurs aux petits sites</translation>
    </message>
    <message>
        <source>Customers expect compostable packaging and low-carbon delivery</source>
        <translation>Les clients attendent des emballages compostables et une livraison bas carbone</translation>
    </message>
    <message>
        <source>Climate change is shrinking the areas where arabica can grow</source>
        <translation>Le changement climatique réduit les zones où l&apos;arabica peut pousser</translation>
    </message>
    <message>
        <source>The EU deforestation regulation requires traceable coffee imports</source>
        <translation>Le règlement européen sur la déforestation impose des importations de café traçables</translation>
    </message>
    <message>
        <source>French law: subscriptions must be cancellable in three clicks</source>
        <translation>Loi française&#xa0;: un abonnement doit pouvoir être résilié en trois clics</translation>
    </message>
    <message>
        <source>National online coffee subscription, ground or beans</source>
        <translation>Abonnement café national en ligne, moulu ou en grains</translation>
    </message>
    <message>
        <source>Slick website, large advertising budget, fast delivery</source>
        <translation>Site soigné, gros budget publicitaire, livraison rapide</translation>
    </message>
    <message>
        <source>Industrial roasting, little story about the origins</source>
        <translation>Torréfaction industrielle, peu de récit sur les origines</translation>
    </message>
    <message>
        <source>Historic Lyon roaster with a shop in the old town</source>
        <translation>Torréfacteur lyonnais historique avec une boutique dans le Vieux-Lyon</translation>
    </message>
    <message>
        <source>Loyal local customers, strong heritage</source>
        <translation>Clientèle locale fidèle, forte image patrimoniale</translation>
    </message>
    <message>
        <source>No online sales, ageing image</source>
        <translation>Pas de vente en ligne, image vieillissante</translation>
    </message>
    <message>
        <source>Office coffee machines leased with capsules</source>
        <translation>Machines à café en location pour les bureaux, avec capsules</translation>
    </message>
    <message>
        <source>Machine and coffee in one contract, national sales force</source>
        <translation>Machine et café dans un seul contrat, force de vente nationale</translation>
    </message>
    <message>
        <source>Capsule waste, average coffee, long contracts</source>
        <translation>Déchets de capsules, café moyen, contrats longs</translation>
    </message>
    <message>
        <source>Supermarket coffee brands</source>
        <translation>Marques de café de grande surface</translation>
    </message>
    <message>
        <source>Ground coffee and capsules on every supermarket shelf</source>
        <translation>Café moulu et capsules dans tous les rayons de supermarché</translation>
    </message>
    <message>
        <source>Everywhere, cheap, strong habits</source>
        <translation>Partout, bon marché, habitudes bien ancrées</translation>
    </message>
    <message>
        <source>Stale, anonymous coffee</source>
        <translation>Café éventé et anonyme</translation>
    </message>
    <message>
        <source>Many roasters and subscription start-ups chase the same online customers.</source>
        <translation>De nombreux torréfacteurs et start-up d&apos;abonnement se disputent les mêmes clients en ligne.</translation>
    </message>
    <message>
        <source>A subscription website is cheap to open, but roasting skills and sourcing take years.</source>
        <translation>Ouvrir un site d&apos;abonnement coûte peu, mais le savoir-faire de torréfaction et l&apos;approvisionnement demandent des années.</translation>
    </message>
    <message>
        <source>Capsules, office machines, tea and nearby coffee shops are always at hand.</source>
        <translation>Capsules, machines de bureau, thé et cafés de quartier sont toujours à portée de main.</translation>
    </message>
    <message>
        <source>Customers switch easily, but happy subscribers rarely compare prices.</source>
        <translation>Les clients changent facilement, mais les abonnés satisfaits comparent rarement les prix.</translation>
    </message>
    <message>
        <source>Green coffee prices are volatile and good lots are scarce.</source>
        <translation>Les prix du café vert sont volatils et les bons lots sont rares.</translation>
    </message>
    <message>
        <source>Award-winning roaster with a well-known Lyon brand</source>
        <translation>Torréfacteur primé avec une marque reconnue à Lyon</translation>
    </message>
    <message>
        <source>Direct trade with three producer cooperatives</source>
        <translation>Commerce direct avec trois coopératives de producteurs</translation>
    </message>
    <message>
        <source>Roasted to order and shipped within 48 hours</source>
        <translation>Torréfié à la commande et expédié sous 48 heures</translation>
    </message>
    <message>
        <source>Loyal local customers: 2,400 newsletter subscribers</source>
        <translation>Clientèle locale fidèle&#xa0;: 2&#x202f;400 abonnés à la newsletter</translation>
    </message>
    <message>
        <source>Small team with nobody dedicated to marketing</source>
        <translation>Petite équipe sans personne dédiée au marketing</translation>
    </message>
    <message>
        <source>Website not built for subscriptions</source>
        <translation>Site web non conçu pour les abonnements</translation>
    </message>
    <message>
        <source>No experience of selling to companies</source>
        <translation>Aucune expérience de la vente aux entreprises</translation>
    </message>
    <message>
        <source>Dearer than supermarket coffee</source>
        <translation>Plus cher que le café de grande surface</translation>
    </message>
    <message>
        <source>Remote workers want good coffee at home</source>
        <translation>Les télétravailleurs veulent du bon café chez eux</translation>
    </message>
    <message>
        <source>Small companies look for perks that bring staff back to the office</source>
        <translation>Les petites entreprises cherchent des avantages qui font revenir les équipes au bureau</translation>
    </message>
    <message>
        <source>Demand for traceable, sustainable coffee</source>
        <translation>Demande de café traçable et durable</translation>
    </message>
    <message>
        <source>Office coffee services are disliked for their capsule waste</source>
        <translation>Les services de café en entreprise sont mal vus pour leurs déchets de capsules</translation>
    </message>
    <message>
        <source>Record green coffee prices squeeze margins</source>
        <translation>Les prix records du café vert rognent les marges</translation>
    </message>
    <message>
        <source>Well-funded national subscription brands</source>
        <translation>Des marques d&apos;abonnement nationales bien financées</translation>
    </message>
    <message>
        <source>Online advertising keeps getting dearer</source>
        <translation>La publicité en ligne coûte de plus en plus cher</translation>
    </message>
    <message>
        <source>Cancelling in three clicks makes churn easy</source>
        <translation>La résiliation en trois clics facilite les départs</translation>
    </message>
    <message>
        <source>Launch a fresh-roast subscription for remote workers and small offices, built on our award and our producers&apos; stories.</source>
        <translation>Lancer un abonnement de café fraîchement torréfié pour les télétravailleurs et les petits bureaux, appuyé sur notre prix et les histoires de nos producteurs.</translation>
    </message>
    <message>
        <source>Secure long-term contracts with our cooperatives to protect margins and explain why good coffee costs more.</source>
        <translation>Signer des contrats longs avec nos coopératives pour protéger les marges et expliquer pourquoi un bon café coûte plus cher.</translation>
    </message>
    <message>
        <source>Rebuild the website around subscriptions, funded in part by the Lyon digital grants.</source>
        <translation>Refaire le site autour des abonnements, financé en partie par les aides numériques de la Métropole de Lyon.</translation>
    </message>
    <message>
        <source>Hire a part-time freelance salesperson to win small offices tired of capsule machines.</source>
        <translation>Recruter un commercial indépendant à temps partiel pour gagner les petits bureaux lassés des machines à capsules.</translation>
    </message>
    <message>
        <source>Compete on service, not on price: easy pauses and fair cancellation keep subscribers&apos; trust.</source>
        <translation>Se battre sur le service, pas sur le prix&#xa0;: des pauses faciles et une résiliation loyale gardent la confiance des abonnés.</translation>
    </message>
    <message>
        <source>Remote workers</source>
        <translation>Télétravailleurs</translation>
    </message>
    <message>
        <source>Employees and freelancers working from home two days a week or more, across France.</source>
        <translation>Salariés et indépendants travaillant chez eux au moins deux jours par semaine, partout en France.</translation>
    </message>
    <message>
        <source>Good coffee without going out, regular delivery, freedom to pause.</source>
        <translation>Du bon café sans sortir, une livraison régulière, la liberté de faire une pause.</translation>
    </message>
    <message>
        <source>Instagram, search engines, newsletters, word of mouth</source>
        <translation>Instagram, moteurs de recherche, newsletters, bouche-à-oreille</translation>
    </message>
    <message>
        <source>Small offices (5 to 50 staff)</source>
        <translation>Petits bureaux (5 à 50 salariés)</translation>
    </message>
    <message>
        <source>Companies in the Auvergne-Rhône-Alpes region that offer coffee to their staff.</source>
        <translation>Entreprises d&apos;Auvergne-Rhône-Alpes qui offrent le café à leurs salariés.</translation>
    </message>
    <message>
        <source>A perk that brings staff back to the office, no machine lease, one monthly invoice.</source>
        <translation>Un avantage qui fait revenir les équipes au bureau, sans location de machine, avec une facture mensuelle.</translation>
    </message>
    <message>
        <source>LinkedIn, office managers&apos; networks, trade fairs</source>
        <translation>LinkedIn, réseaux d&apos;office managers, salons professionnels</translation>
    </message>
    <message>
        <source>Gift buyers</source>
        <translation>Acheteurs de cadeaux</translation>
    </message>
    <message>
        <source>People giving a coffee subscription for Christmas, birthdays or leaving parties.</source>
        <translation>Personnes qui offrent un abonnement café pour Noël, un anniversaire ou un pot de départ.</translation>
    </message>
    <message>
        <source>An original gift that looks good and arrives on time.</source>
        <translation>Un cadeau original, joli et livré à temps.</translation>
    </message>
    <message>
        <source>Search engines, email, the shop</source>
        <translation>Moteurs de recherche, e-mail, la boutique</translation>
    </message>
    <message>
        <source>Cafés and restaurants</source>
        <translation>Cafés et restaurants</translation>
    </message>
    <message>
        <source>Independent cafés and restaurants in the Lyon area buying wholesale.</source>
        <translation>Cafés et restaurants indépendants de l&apos;agglomération lyonnaise qui achètent en gros.</translation>
    </message>
    <message>
        <source>Consistent quality, barista training, reliable deliveries.</source>
        <translation>Qualité constante, formation des baristas, livraisons fiables.</translation>
    </message>
    <message>
        <source>Visits, trade fairs, word of mouth</source>
        <translation>Visites, salons professionnels, bouche-à-oreille</translation>
    </message>
    <message>
        <source>34, product designer at a Lyon start-up, works from home three days a week.</source>
        <translation>34 ans, designer produit dans une start-up lyonnaise, télétravaille trois jours par semaine.</translation>
    </message>
    <message>
        <source>Coffee as good as at her favourite café, in a parcel that fits her letterbox.</source>
        <translation>Un café aussi bon que dans son café préféré, dans un colis qui passe dans sa boîte aux lettres.</translation>
    </message>
    <message>
        <source>Instagram, podcasts, newsletters</source>
        <translation>Instagram, podcasts, newsletters</translation>
    </message>
    <message>
        <source>41, freelance developer, works from home every day.</source>
        <translation>41 ans, développeur indépendant, travaille chez lui tous les jours.</translation>
    </message>
    <message>
        <source>Never run out of coffee; discover a new origin every month.</source>
        <translation>Ne jamais manquer de café&#xa0;; découvrir une nouvelle origine chaque mois.</translation>
    </message>
    <message>
        <source>Search engines, forums, YouTube</source>
        <translation>Moteurs de recherche, forums, YouTube</translation>
    </message>
    <message>
        <source>38, office manager at a 25-person architecture firm.</source>
        <translation>38 ans, office manager dans un cabinet d&apos;architectes de 25 personnes.</translation>
    </message>
    <message>
        <source>A perk the team loves, with no machine to manage and one monthly invoice.</source>
        <translation>Un avantage que l&apos;équipe adore, sans machine à gérer et avec une seule facture mensuelle.</translation>
    </message>
    <message>
        <source>LinkedIn, trade fairs, recommendations from peers</source>
        <translation>LinkedIn, salons professionnels, recommandations de ses pairs</translation>
    </message>
    <message>
        <source>58, looks for original gifts for his children and colleagues.</source>
        <translation>58 ans, cherche des cadeaux originaux pour ses enfants et ses collègues.</translation>
    </message>
    <message>
        <source>A gift that feels personal and lasts beyond the day.</source>
        <translation>Un cadeau personnel qui dure au-delà du jour J.</translation>
    </message>
    <message>
        <source>Search engines, email, visits to the shop</source>
        <translation>Moteurs de recherche, e-mail, passages en boutique</translation>
    </message>
    <message>
        <source>45, runs a brunch café in the Croix-Rousse district.</source>
        <translation>45 ans, tient un café-brunch à la Croix-Rousse.</translation>
    </message>
    <message>
        <source>Consistent coffee, staff training and deliveries she can count on.</source>
        <translation>Un café régulier, la formation de son équipe et des livraisons sur lesquelles compter.</translation>
    </message>
    <message>
        <source>Visits from suppliers, trade fairs, word of mouth</source>
        <translation>Visites des fournisseurs, salons professionnels, bouche-à-oreille</translation>
    </message>
    <message>
        <source>Market size</source>
        <translation>Taille du marché</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Willingness to pay</source>
        <translation>Disposition à payer</translation>
    </message>
    <message>
        <source>Ease of reach</source>
        <translation>Facilité d&apos;accès</translation>
    </message>
    <message>
        <source>Fit with our coffee and service</source>
        <translation>Adéquation avec notre café et notre service</translation>
    </message>
    <message>
        <source>Brand recognition</source>
        <translation>Notoriété de la marque</translation>
    </message>
    <message>
        <source>Delivery capability</source>
        <translation>Capacité de livraison</translation>
    </message>
    <message>
        <source>Remote workers who care about their coffee</source>
        <translation>Les télétravailleurs exigeants sur leur café</translation>
    </message>
    <message>
        <source>miss the coffee of their favourite café on home-working days</source>
        <translation>regrettent le café de leur bistrot préféré les jours de télétravail</translation>
    </message>
    <message>
        <source>a fresh specialty coffee subscription</source>
        <translation>un abonnement de café de spécialité fraîchement torréfié</translation>
    </message>
    <message>
        <source>coffee roasted to order, in the letterbox in time for the week</source>
        <translation>un café torréfié à la commande, dans la boîte aux lettres à temps pour la semaine</translation>
    </message>
    <message>
        <source>supermarket coffee and capsules</source>
        <translation>le café de grande surface et les capsules</translation>
    </message>
    <message>
        <source>roasted in Lyon 48 hours before delivery, from producers we know by name</source>
        <translation>torréfié à Lyon 48 heures avant la livraison, chez des producteurs que nous connaissons par leur nom</translation>
    </message>
    <message>
        <source>Regional roasting award, three partner cooperatives, customers rate us 4.8 out of 5</source>
        <translation>Prix régional de torréfaction, trois coopératives partenaires, une note client de 4,8 sur 5</translation>
    </message>
    <message>
        <source>Office managers of companies with 5 to 50 staff</source>
        <translation>Les office managers des entreprises de 5 à 50 salariés</translation>
    </message>
    <message>
        <source>want a perk that brings the team back to the office</source>
        <translation>veulent un avantage qui fait revenir l&apos;équipe au bureau</translation>
    </message>
    <message>
        <source>an office coffee subscription with no machine lease</source>
        <translation>un abonnement café pour le bureau sans location de machine</translation>
    </message>
    <message>
        <source>great coffee for the whole team, one monthly invoice, nothing to manage</source>
        <translation>un excellent café pour toute l&apos;équipe, une facture mensuelle, rien à gérer</translation>
    </message>
    <message>
        <source>capsule machine leasing</source>
        <translation>la location de machines à capsules</translation>
    </message>
    <message>
        <source>zero-waste bulk coffee, roasted locally, in flexible quantities</source>
        <translation>un café en vrac zéro déchet, torréfié localement, en quantités ajustables</translation>
    </message>
    <message>
        <source>A pilot with five Lyon offices; certified compostable packaging</source>
        <translation>Un pilote avec cinq bureaux lyonnais&#xa0;; des emballages compostables certifiés</translation>
    </message>
    <message>
        <source>People looking for an original gift</source>
        <translation>Les personnes qui cherchent un cadeau original</translation>
    </message>
    <message>
        <source>want a present that feels personal and lasts</source>
        <translation>veulent un cadeau personnel et durable</translation>
    </message>
    <message>
        <source>a gift coffee subscription</source>
        <translation>un abonnement café à offrir</translation>
    </message>
    <message>
        <source>three, six or twelve months of discoveries, with a handwritten card</source>
        <translation>trois, six ou douze mois de découvertes, avec une carte manuscrite</translation>
    </message>
    <message>
        <source>chocolates and bottles of wine</source>
        <translation>les chocolats et les bouteilles de vin</translation>
    </message>
    <message>
        <source>the story of each producer and tasting notes in every parcel</source>
        <translation>l&apos;histoire de chaque producteur et des notes de dégustation dans chaque colis</translation>
    </message>
    <message>
        <source>Over 600 gift boxes sold in the shop last Christmas</source>
        <translation>Plus de 600 coffrets cadeaux vendus en boutique à Noël dernier</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Affordable</source>
        <translation>Abordable</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Haut de gamme</translation>
    </message>
    <message>
        <source>Freshness and traceability</source>
        <translation>Fraîcheur et traçabilité</translation>
    </message>
    <message>
        <source>Anonymous, long shelf life</source>
        <translation>Anonyme, longue conservation</translation>
    </message>
    <message>
        <source>Fresh and traceable</source>
        <translation>Frais et traçable</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Planned budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differentiator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished">Croissance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>stratdesk plans (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>There is no column {number}: the columns are {names}.</source>
        <translation>Il n’y a pas de colonne {number} : les colonnes sont {names}.</translation>
    </message>
    <message>
        <source>There is no column “{name}”: the columns are {names}.</source>
        <translation>Il n’y a pas de colonne « {name} » : les colonnes sont {names}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date (expected dd/mm/yyyy, yyyy-mm-dd or an Excel date)</source>
        <translation>« {text} » n’est pas une date (attendu : jj/mm/aaaa, aaaa-mm-jj ou une date Excel)</translation>
    </message>
    <message>
        <source>“{text}” is not a valid date</source>
        <translation>« {text} » n’est pas une date valide</translation>
    </message>
    <message>
        <source>{serial} is outside the range of Excel dates</source>
        <translation>{serial} est hors de la plage des dates Excel</translation>
    </message>
    <message>
        <source>Excel date 60 is 29/02/1900, a day that never existed</source>
        <translation>La date Excel 60 correspond au 29/02/1900, un jour qui n’a jamais existé</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>Ligne {row} : {reason}</translation>
    </message>
    <message>
        <source>Which column holds the dates? Name it or give its number.</source>
        <translation>Quelle colonne contient les dates ? Indiquez son nom ou son numéro.</translation>
    </message>
    <message>
        <source>Which column holds the values? Name it or give its number.</source>
        <translation>Quelle colonne contient les valeurs ? Indiquez son nom ou son numéro.</translation>
    </message>
    <message>
        <source>{problem} (column “{column}”)</source>
        <translation>{problem} (colonne « {column} »)</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} est trop grand</translation>
    </message>
    <message>
        <source>The date and value columns must differ.</source>
        <translation>La colonne des dates et celle des valeurs doivent être différentes.</translation>
    </message>
    <message>
        <source>The source is too long (at most {max} characters).</source>
        <translation>La source est trop longue ({max} caractères au plus).</translation>
    </message>
    <message>
        <source>the date is empty (column “{column}”)</source>
        <translation>la date est vide (colonne « {column} »)</translation>
    </message>
    <message>
        <source>No row has both a date and a value.</source>
        <translation>Aucune ligne n’a à la fois une date et une valeur.</translation>
    </message>
    <message>
        <source>{added} measurements imported, {skipped} already present.</source>
        <translation>{added} mesures importées, {skipped} déjà présentes.</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>« {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>the cell holds a spreadsheet error ({text})</source>
        <translation>la cellule contient une erreur de tableur ({text})</translation>
    </message>
    <message>
        <source>No header row found: no row has at least two filled cells.</source>
        <translation>Aucune ligne d’en-tête trouvée : aucune ligne n’a au moins deux cellules remplies.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Le fichier n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read: save it as .xlsx or CSV first.</source>
        <translation>Les anciens fichiers Excel (.xls) ne peuvent pas être lus : enregistrez-le d’abord en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>it has {cells} cells but the header (row {header}) has {width}</source>
        <translation>elle a {cells} cellules mais l’en-tête (ligne {header}) en a {width}</translation>
    </message>
    <message>
        <source>There are no data rows under the header (row {row}).</source>
        <translation>Il n’y a aucune ligne de données sous l’en-tête (ligne {row}).</translation>
    </message>
    <message>
        <source>The file could not be read as text ({encoding}).</source>
        <translation>Le fichier n’a pas pu être lu comme du texte ({encoding}).</translation>
    </message>
    <message>
        <source>Workbooks cannot be read safely here (defusedxml is off).</source>
        <translation>Les classeurs ne peuvent pas être lus de façon sûre ici (defusedxml est désactivé).</translation>
    </message>
    <message>
        <source>The workbook holds unsafe XML (entity tricks): not read.</source>
        <translation>Le classeur contient du XML dangereux (entités) : il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The workbook could not be read: {reason}</source>
        <translation>Le classeur n’a pas pu être lu : {reason}</translation>
    </message>
    <message>
        <source>The workbook has no sheet.</source>
        <translation>Le classeur n’a aucune feuille.</translation>
    </message>
</context>
<context>
    <name>KpiFormula</name>
    <message>
        <source>Acquisitions (new customers)</source>
        <translation>Acquisitions (nouveaux clients)</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Brand mentions (or spend)</source>
        <translation>Mentions de la marque (ou dépenses)</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>Clients en début de période</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Détracteurs (0–6)</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Customer lifetime (years)</source>
        <translation>Durée de vie client (années)</translation>
    </message>
    <message>
        <source>Market total mentions (or spend)</source>
        <translation>Total des mentions du marché (ou dépenses)</translation>
    </message>
    <message>
        <source>Market sales</source>
        <translation>Ventes du marché</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passifs (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoteurs (9–10)</translation>
    </message>
    <message>
        <source>Purchases per year</source>
        <translation>Achats par an</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Entered directly</source>
        <translation>Saisi directement</translation>
    </message>
    <message>
        <source>Clicks ÷ impressions × 100</source>
        <translation>Clics ÷ impressions × 100</translation>
    </message>
    <message>
        <source>Cost ÷ clicks</source>
        <translation>Coût ÷ clics</translation>
    </message>
    <message>
        <source>Cost ÷ impressions × 1000</source>
        <translation>Coût ÷ impressions × 1000</translation>
    </message>
    <message>
        <source>Cost ÷ acquisitions</source>
        <translation>Coût ÷ acquisitions</translation>
    </message>
    <message>
        <source>Revenue ÷ cost</source>
        <translation>Chiffre d’affaires ÷ coût</translation>
    </message>
    <message>
        <source>(Revenue − cost) ÷ cost × 100</source>
        <translation>(Chiffre d’affaires − coût) ÷ coût × 100</translation>
    </message>
    <message>
        <source>Conversions ÷ visitors × 100</source>
        <translation>Conversions ÷ visiteurs × 100</translation>
    </message>
    <message>
        <source>Average order value × purchases per year × lifetime in years</source>
        <translation>Panier moyen × achats par an × durée de vie en années</translation>
    </message>
    <message>
        <source>Customers lost ÷ customers at the start × 100</source>
        <translation>Clients perdus ÷ clients en début de période × 100</translation>
    </message>
    <message>
        <source>% promoters − % detractors</source>
        <translation>% promoteurs − % détracteurs</translation>
    </message>
    <message>
        <source>Brand mentions ÷ market total × 100</source>
        <translation>Mentions de la marque ÷ total du marché × 100</translation>
    </message>
    <message>
        <source>Sales ÷ market sales × 100</source>
        <translation>Ventes ÷ ventes du marché × 100</translation>
    </message>
</context>
<context>
    <name>KpiStatus</name>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo plan could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Brûlerie des Quais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new marketing plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing plan {start}–{end}</source>
        <translation type="unfinished">Plan marketing {start}–{end}</translation>
    </message>
    <message>
        <source>Marketing plan {start}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectiveStatus</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectivesView</name>
    <message>
        <source>Add objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART objectives over the plan&apos;s years: what will change, measured by which KPI, from which baseline to which target, by when, and who owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No objectives yet. Add your first one: a specific, measurable result the client wants to reach within the plan&apos;s years (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n objectives</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsPages</name>
    <message>
        <source>Marketing mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions of the marketing mix (product, price, promotion, place) from idea to done, with their owners, due dates and budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first action, and link it to the objective it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s campaigns on a calendar: channel, dates, planned and actual budgets, and the segment and objective each one serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first campaign: a name, a channel and its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and learn: each experiment states a hypothesis, the metric that decides it, its variants, the result and what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first experiment: what do you believe, and how will you know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators that tell whether the plan works: a target for each period, and the values measured against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first KPI, and link it to the objective it measures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>This file holds no plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>The backup copy of “{name}” failed its check and was discarded: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “{name}” is damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was not closed properly; open it in stratdesk once to recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is damaged: see the problems listed. Its automatic backups may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is sound, but from a newer stratdesk (schema {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is sound; it will be updated (schema {version}) when next opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is sound (schema {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read: it is a folder, or you may not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty (0 bytes): it holds no plan. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a stratdesk plan file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a database of another application, not a stratdesk plan. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is a stratdesk plan but it is damaged and cannot be read. It was left untouched; try one of its automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” was saved by a newer version of stratdesk. Update stratdesk to open it. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already open in another stratdesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already open in another stratdesk window or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already open in stratdesk on {host} (process {pid}, user {user}, since {since}). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” must be opened normally once (not read-only) so that stratdesk can bring it up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be created in {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change “{name}” or its folder. Open it read-only, or copy it to a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” needs updating for this version of stratdesk, but it could not be backed up first, so it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” could not be updated for this version of stratdesk. It was restored as it was; a backup is in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans yet. Create a new plan, or open the demo plan to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s marketing plan in one file: the strategy, the operations, and whether it works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrategyPages</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world around the client: PESTEL factors, the main competitors and Porter&apos;s five forces, each rated for its impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first factor: a political, economic, social, technological, environmental or legal change that matters to the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT &amp; TOWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths and weaknesses inside the company, opportunities and threats outside it, and the TOWS strategies that combine them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first strength: what does the client do better than anyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation &amp; targeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The market split into segments, each scored for its attractiveness and for the client&apos;s strength, with personas for the segments you target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first segment: a group of customers who share the same needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positioning statement for each targeted segment, and a perceptual map placing the brand among its competitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target a segment first, then write how the client should be seen by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multi-year roadmap: the workstreams and milestones that deliver each objective, lane by lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your objectives first, then plan the steps that reach them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>the end date comes before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date {date} is outside the plan ({start}–{end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item no longer exists (id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no such item in this plan (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has the wrong format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: must be one of {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item already exists; change it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this KPI already has a target for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this P needs a 7P plan; turn on the 7P mix in the plan settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} dated item(s) would fall outside {start}–{end}, the first on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant: only an opportunity or a threat comes from outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant: this item is linked to a {kind} strategy; unlink it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWOT item: no such item in this plan (id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {kind} strategy cannot combine a {quadrant} item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: its linked SWOT items do not fit a {kind} strategy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About stratdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
