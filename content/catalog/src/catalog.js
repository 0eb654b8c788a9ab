// @ts-check
/**
 * Katalog produk IKM Sleman untuk seed Pasar Sleman (@pasar-sleman/catalog).
 *
 * Data murni (tanpa impor Medusa) agar mudah diuji dan dipakai ulang oleh
 * workflow seed maupun pembangkit gambar. Harga dalam rupiah utuh (IDR tidak
 * memakai sub-unit), berat dalam gram. JavaScript biasa (CommonJS) bertipe
 * JSDoc: tipenya di index.d.ts, sehingga backend memuatnya tanpa langkah build.
 */

/** @typedef {import("./index").CatalogCategory} CatalogCategory */
/** @typedef {import("./index").CatalogVariant} CatalogVariant */
/** @typedef {import("./index").CatalogProduct} CatalogProduct */
/** @typedef {import("./index").CatalogSeller} CatalogSeller */
/** @typedef {import("./index").ImageMotif} ImageMotif */

/** @type {readonly ImageMotif[]} */
const imageMotifs = [
  "kawung",
  "parang",
  "truntum",
  "ceplok",
  "sekarjagad",
  "semarak",
  "kemeja",
  "salak",
  "keripik",
  "kopi",
  "bakpia",
  "geplak",
  "madu",
  "emping",
  "wedang",
  "cokelat",
  "dodol",
  "bambu",
  "kulit",
  "dompet",
  "gerabah",
  "wayang",
  "gunungan",
  "topeng",
  "caping",
  "masker",
  "sanitizer",
  "jamu",
  "atsiri",
  "sabun",
]

/** @type {CatalogCategory[]} */
const categories = [
  {
    handle: "batik",
    name: "Batik",
    description:
      "Batik tulis, batik cap, dan busana batik karya perajin Sleman, dari motif klasik Parang dan Kawung hingga motif khas Semarak Salak.",
  },
  {
    handle: "kuliner",
    name: "Kuliner",
    description:
      "Oleh-oleh dan bahan pangan dari lereng Merapi: salak pondoh segar, olahan salak, kopi Merapi, madu, dan jajanan tradisional.",
  },
  {
    handle: "kerajinan",
    name: "Kerajinan",
    description:
      "Anyaman bambu, produk kulit, gerabah, wayang, dan topeng kayu buatan tangan perajin kapanewon-kapanewon di Sleman.",
  },
  {
    handle: "kesehatan",
    name: "Kesehatan",
    description:
      "Produk kesehatan dan perawatan diri dari IKM lokal: masker kain batik, hand sanitizer, jamu, minyak atsiri, dan sabun herbal.",
  },
]

/** @type {CatalogSeller[]} */
const sellers = [
  {
    name: "Batik Sekar Turi",
    location: "Turi",
    description:
      "Kelompok perajin batik tulis di lereng Merapi yang dirintis ibu-ibu petani salak sejak 2009. Dikenal dengan pewarnaan sogan yang rapi dan motif klasik keraton.",
  },
  {
    name: "Batik Semarak Salak",
    location: "Sleman",
    description:
      "Sanggar batik yang mengembangkan motif Semarak Salak, motif khas Kabupaten Sleman. Memadukan teknik tulis dan cap dengan pewarna alami dari kulit kayu dan daun.",
  },
  {
    name: "Batik Sidoluhur Godean",
    location: "Godean",
    description:
      "Usaha batik keluarga tiga generasi di Godean yang memproduksi batik cap dan kemeja batik siap pakai. Menerima pesanan seragam untuk kantor dan sekolah.",
  },
  {
    name: "Salak Pondoh Bangunkerto",
    location: "Turi",
    description:
      "Gabungan kelompok tani salak di Desa Bangunkerto, sentra salak pondoh Sleman. Buah dipetik sesuai pesanan agar tetap segar saat sampai di tangan pembeli.",
  },
  {
    name: "Olahan Salak Wonokerto",
    location: "Turi",
    description:
      "IKM olahan pangan yang mengubah salak pondoh menjadi keripik, dodol, cokelat, dan kurma salak. Seluruh produk sudah mengantongi izin P-IRT dan sertifikat halal.",
  },
  {
    name: "Kopi Lereng Merapi",
    location: "Cangkringan",
    description:
      "Koperasi petani kopi di Cangkringan yang menanam arabika dan robusta di ketinggian 800–1.200 mdpl. Biji disangrai dalam jumlah kecil setiap minggu.",
  },
  {
    name: "Madu Klanceng Pakem",
    location: "Pakem",
    description:
      "Peternak lebah klanceng dan lebah madu di Pakem yang memanfaatkan kebun kaliandra dan randu di kaki Merapi. Madu dipanen tanpa pemanasan dan tanpa campuran.",
  },
  {
    name: "Dapur Belut Godean",
    location: "Godean",
    description:
      "Produsen belut goreng renyah, camilan ikonik Godean, sejak 1998. Belut dipilih dari sawah sekitar dan digoreng dengan bumbu bawang putih tradisional.",
  },
  {
    name: "Jajanan Mbok Darmi",
    location: "Kalasan",
    description:
      "Dapur jajanan tradisional di Kalasan yang membuat bakpia, geplak, dan jenang setiap pagi. Resepnya diwariskan turun-temurun tanpa bahan pengawet.",
  },
  {
    name: "Rempah Prambanan Asri",
    location: "Prambanan",
    description:
      "Kelompok wanita tani di sekitar Candi Prambanan yang mengolah emping melinjo dan racikan wedang rempah. Bahan baku diambil dari pekarangan anggota.",
  },
  {
    name: "Bambu Sendari",
    location: "Mlati",
    description:
      "Perajin anyaman bambu dari Dusun Sendari, Tirtoadi, yang sudah puluhan tahun membuat keranjang, tampah, besek, dan caping. Bambu apus dan wulung dipilih dari kebun sekitar.",
  },
  {
    name: "Kulit Griya Gamping",
    location: "Gamping",
    description:
      "Bengkel kerajinan kulit yang menjahit tas dan dompet dari kulit sapi samak nabati. Setiap produk dijahit tangan dan diberi garansi jahitan satu tahun.",
  },
  {
    name: "Gerabah Margoluwih",
    location: "Seyegan",
    description:
      "Perajin gerabah di Seyegan yang membentuk kendi, vas, dan peralatan dapur dari tanah liat lokal. Dibakar dengan tungku tradisional sehingga warnanya hangat dan alami.",
  },
  {
    name: "Sanggar Kriya Minggir",
    location: "Minggir",
    description:
      "Sanggar seni di Minggir yang menatah wayang kulit dan mengukir topeng kayu. Para perajinnya juga aktif mengajar pelatihan tatah sungging untuk anak muda.",
  },
  {
    name: "Jahit Batik Depok",
    location: "Depok",
    description:
      "Konveksi rumahan di Depok yang memanfaatkan kain perca batik menjadi masker kain tiga lapis. Mempekerjakan penjahit ibu rumah tangga di sekitar kampus.",
  },
  {
    name: "Herbal Sereh Berbah",
    location: "Berbah",
    description:
      "IKM penyulingan sereh wangi di Berbah yang memproduksi minyak atsiri, hand sanitizer, dan sabun herbal. Kebun serehnya dikelola bersama petani setempat.",
  },
  {
    name: "Jamu Sari Ngemplak",
    location: "Ngemplak",
    description:
      "Pembuat jamu tradisional yang berawal dari jamu gendong dan kini memproduksi jamu serbuk instan. Menggunakan empon-empon segar dari petani Ngemplak.",
  },
]

/**
 * @param {string} name
 * @returns {string}
 */
const sellerLocation = (name) => {
  const s = sellers.find((x) => x.name === name)
  if (!s) throw new Error(`Unknown seller ${name}`)
  return s.location
}

/**
 * @param {Omit<CatalogProduct, "sellerLocation">} p
 * @returns {CatalogProduct}
 */
const product = (p) => ({
  ...p,
  sellerLocation: sellerLocation(p.seller),
})

/**
 * Varian kemeja/blus per ukuran S, M, L, XL.
 * @param {string} skuBase
 * @param {number} price
 * @param {[number, number, number, number]} stock
 * @param {number} [weight]
 * @param {Record<string, string>} [extra]
 * @returns {CatalogVariant[]}
 */
const bySize = (skuBase, price, stock, weight = 250, extra = {}) =>
  ["S", "M", "L", "XL"].map((size, i) => ({
    title: [...Object.values(extra), size].join(" / "),
    sku: `${skuBase}-${size}`,
    options: { ...extra, Ukuran: size },
    price,
    stock: stock[i],
    weight: weight + i * 20,
  }))

const SIZES = ["S", "M", "L", "XL"]

/** @type {CatalogProduct[]} */
const catalog = [
  // ───────────────────────────── BATIK ─────────────────────────────
  product({
    handle: "batik-tulis-parang-rusak",
    title: "Batik Tulis Parang Rusak",
    subtitle: "Kain 2 m, katun primisima",
    description:
      "Kain batik tulis motif Parang Rusak dengan garis miring khas yang melambangkan semangat pantang menyerah. Dikerjakan tangan selama sekitar enam minggu di atas katun primisima. Tersedia dalam warna sogan klasik dan biru indigo.",
    category: "batik",
    seller: "Batik Sekar Turi",
    material: "Katun primisima",
    options: [
      { title: "Warna", values: ["Sogan", "Indigo"] },
      { title: "Ukuran", values: ["2 m"] },
    ],
    variants: [
      {
        title: "Sogan / 2 m",
        sku: "BTK-TLS-PRG-SGN-2M",
        options: { Warna: "Sogan", Ukuran: "2 m" },
        price: 1250000,
        stock: 6,
        weight: 350,
      },
      {
        title: "Indigo / 2 m",
        sku: "BTK-TLS-PRG-IND-2M",
        options: { Warna: "Indigo", Ukuran: "2 m" },
        price: 1350000,
        stock: 4,
        weight: 350,
      },
    ],
    tags: ["batik-tulis", "motif-klasik"],
    image: { motif: "parang", palette: ["#efe2c4", "#6b3d1f", "#2b1a10"] },
  }),
  product({
    handle: "batik-tulis-kawung-picis",
    title: "Batik Tulis Kawung Picis",
    subtitle: "Kain 2 m, pewarna sogan",
    description:
      "Motif Kawung Picis tersusun dari empat bulatan lonjong seperti buah aren yang dibelah, simbol kesucian dan keadilan. Canting halus membuat isen-isen titik tampak rapi hingga ke pinggir kain. Cocok untuk jarik, rok lilit, maupun bahan kemeja.",
    category: "batik",
    seller: "Batik Sekar Turi",
    material: "Katun primisima",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-TLS-KWG-2M",
        options: { Ukuran: "2 m" },
        price: 950000,
        stock: 8,
        weight: 350,
      },
    ],
    featured: true,
    tags: ["batik-tulis", "motif-klasik"],
    image: { motif: "kawung", palette: ["#f3e6c8", "#8a5a2b", "#3b2314"] },
  }),
  product({
    handle: "batik-tulis-truntum-sogan",
    title: "Batik Tulis Truntum Sogan",
    subtitle: "Kain 2 m untuk acara pernikahan",
    description:
      "Truntum berarti cinta yang tumbuh kembali, sehingga motif bunga bintang kecil ini lazim dikenakan orang tua pengantin. Latar cokelat tua dengan taburan bunga krem dikerjakan sepenuhnya dengan canting. Kain terasa lembut dan nyaman dipakai seharian.",
    category: "batik",
    seller: "Batik Sekar Turi",
    material: "Katun primisima",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-TLS-TRT-2M",
        options: { Ukuran: "2 m" },
        price: 875000,
        stock: 7,
        weight: 350,
      },
    ],
    tags: ["batik-tulis", "pernikahan"],
    image: { motif: "truntum", palette: ["#3a2416", "#f1e2c0", "#b8742e"] },
  }),
  product({
    handle: "batik-tulis-sekar-jagad",
    title: "Batik Tulis Sekar Jagad",
    subtitle: "Kain 2,5 m, edisi kolektor",
    description:
      "Sekar Jagad menggambarkan keindahan dunia lewat pulau-pulau motif yang saling bersambung. Setiap pulau diisi ragam hias berbeda sehingga pengerjaannya memakan waktu hingga tiga bulan. Hanya dibuat dalam jumlah sangat terbatas.",
    category: "batik",
    seller: "Batik Sekar Turi",
    material: "Katun primisima halus",
    options: [{ title: "Ukuran", values: ["2,5 m"] }],
    variants: [
      {
        title: "2,5 m",
        sku: "BTK-TLS-SKJ-25M",
        options: { Ukuran: "2,5 m" },
        price: 2250000,
        stock: 2,
        weight: 400,
      },
    ],
    tags: ["batik-tulis", "edisi-terbatas"],
    image: { motif: "sekarjagad", palette: ["#efe0bd", "#7a4a25", "#2d4b6e"] },
  }),
  product({
    handle: "batik-tulis-semarak-salak",
    title: "Batik Tulis Semarak Salak",
    subtitle: "Motif khas Kabupaten Sleman",
    description:
      "Semarak Salak adalah motif khas Sleman yang menampilkan buah salak pondoh beserta pelepah daunnya. Batik tulis ini dibuat di sanggar yang turut mengembangkan motif tersebut. Pilihan warna hijau salak yang segar atau merah bata yang hangat.",
    category: "batik",
    seller: "Batik Semarak Salak",
    material: "Katun primisima",
    options: [
      { title: "Warna", values: ["Hijau Salak", "Merah Bata"] },
      { title: "Ukuran", values: ["2 m"] },
    ],
    variants: [
      {
        title: "Hijau Salak / 2 m",
        sku: "BTK-TLS-SLK-HJU-2M",
        options: { Warna: "Hijau Salak", Ukuran: "2 m" },
        price: 650000,
        stock: 12,
        weight: 350,
      },
      {
        title: "Merah Bata / 2 m",
        sku: "BTK-TLS-SLK-MRH-2M",
        options: { Warna: "Merah Bata", Ukuran: "2 m" },
        price: 650000,
        stock: 3,
        weight: 350,
      },
    ],
    featured: true,
    tags: ["batik-tulis", "motif-salak", "khas-sleman"],
    image: { motif: "semarak", palette: ["#e9efd2", "#5b7a2e", "#6b3a22"] },
  }),
  product({
    handle: "batik-tulis-salak-pewarna-alami",
    title: "Batik Tulis Salak Pewarna Alami",
    subtitle: "Kain 2 m, pewarna tingi dan jalawe",
    description:
      "Batik tulis motif salak dengan pewarna alami dari kulit kayu tingi, jalawe, dan daun indigofera. Warnanya lembut dan bisa sedikit berbeda di setiap lembar karena proses celup berulang. Pilihan tepat bagi pencinta batik ramah lingkungan.",
    category: "batik",
    seller: "Batik Semarak Salak",
    material: "Katun primisima, pewarna alami",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-TLS-SLK-ALM-2M",
        options: { Ukuran: "2 m" },
        price: 1450000,
        stock: 5,
        weight: 350,
      },
    ],
    tags: ["batik-tulis", "motif-salak", "pewarna-alami"],
    image: { motif: "semarak", palette: ["#f0e4cc", "#3e4f2a", "#8c5a34"] },
  }),
  product({
    handle: "batik-cap-kawung-klasik",
    title: "Batik Cap Kawung Klasik",
    subtitle: "Kain 2 m",
    description:
      "Kain batik cap motif Kawung dengan pola yang tegas dan simetris. Proses cap membuat harganya terjangkau tanpa mengurangi kesan klasik. Cocok untuk bahan seragam atau kemeja harian.",
    category: "batik",
    seller: "Batik Sidoluhur Godean",
    material: "Katun prima",
    options: [
      { title: "Warna", values: ["Cokelat", "Biru"] },
      { title: "Ukuran", values: ["2 m"] },
    ],
    variants: [
      {
        title: "Cokelat / 2 m",
        sku: "BTK-CAP-KWG-CKL-2M",
        options: { Warna: "Cokelat", Ukuran: "2 m" },
        price: 185000,
        stock: 40,
        weight: 320,
      },
      {
        title: "Biru / 2 m",
        sku: "BTK-CAP-KWG-BRU-2M",
        options: { Warna: "Biru", Ukuran: "2 m" },
        price: 185000,
        stock: 32,
        weight: 320,
      },
    ],
    tags: ["batik-cap"],
    image: { motif: "kawung", palette: ["#dfe6ef", "#27466e", "#10223a"] },
  }),
  product({
    handle: "batik-cap-parang-klitik",
    title: "Batik Cap Parang Klitik",
    subtitle: "Kain 2 m",
    description:
      "Parang Klitik adalah versi parang berukuran kecil yang terkesan halus dan feminin. Dicap dengan canting cap tembaga buatan perajin Godean, lalu diwarnai sogan. Enak dijahit menjadi blus atau kebaya modern.",
    category: "batik",
    seller: "Batik Sidoluhur Godean",
    material: "Katun prima",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-CAP-PRG-2M",
        options: { Ukuran: "2 m" },
        price: 165000,
        stock: 55,
        weight: 320,
      },
    ],
    tags: ["batik-cap"],
    image: { motif: "parang", palette: ["#f2dfb8", "#a0612c", "#4a2a14"] },
  }),
  product({
    handle: "batik-cap-ceplok-salak",
    title: "Batik Cap Ceplok Salak",
    subtitle: "Kain 2 m",
    description:
      "Perpaduan motif ceplok geometris dengan stilasi buah salak di tengah setiap kotak. Warna hijau pupus dan cokelat memberi kesan segar sekaligus membumi. Pilihan pas untuk seragam komunitas atau kantor di Sleman.",
    category: "batik",
    seller: "Batik Semarak Salak",
    material: "Katun prima",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-CAP-CPL-SLK-2M",
        options: { Ukuran: "2 m" },
        price: 225000,
        stock: 36,
        weight: 320,
      },
    ],
    tags: ["batik-cap", "motif-salak", "khas-sleman"],
    image: { motif: "ceplok", palette: ["#e6edcf", "#4f6d2a", "#7b4526"] },
  }),
  product({
    handle: "batik-kombinasi-truntum-kuning",
    title: "Batik Kombinasi Truntum Kuning",
    subtitle: "Cap dan tulis, kain 2 m",
    description:
      "Kain batik kombinasi: pola dasar dicap, lalu isen-isen dan bunga truntum diperhalus dengan canting tulis. Hasilnya detail seperti batik tulis dengan harga lebih ramah. Warna kuning kunyit cerah cocok untuk acara siang hari.",
    category: "batik",
    seller: "Batik Sidoluhur Godean",
    material: "Katun primisima",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-KMB-TRT-2M",
        options: { Ukuran: "2 m" },
        price: 325000,
        stock: 18,
        weight: 330,
      },
    ],
    tags: ["batik-kombinasi"],
    image: { motif: "truntum", palette: ["#d99a1e", "#fff3d6", "#6e3b12"] },
  }),
  product({
    handle: "batik-cap-ceplok-grompol",
    title: "Batik Cap Ceplok Grompol",
    subtitle: "Kain 2 m",
    description:
      "Motif Ceplok Grompol berarti berkumpul, sebagai doa agar keluarga selalu rukun. Pola bunga dalam kotak-kotak berulang dicap rapi dengan warna merah marun. Sering dipilih sebagai kain seserahan.",
    category: "batik",
    seller: "Batik Sidoluhur Godean",
    material: "Katun prima",
    options: [{ title: "Ukuran", values: ["2 m"] }],
    variants: [
      {
        title: "2 m",
        sku: "BTK-CAP-CPL-GRP-2M",
        options: { Ukuran: "2 m" },
        price: 195000,
        stock: 27,
        weight: 320,
      },
    ],
    tags: ["batik-cap", "seserahan"],
    image: { motif: "ceplok", palette: ["#f4e4d0", "#7d1f24", "#d49a3a"] },
  }),
  product({
    handle: "kemeja-batik-semarak-salak",
    title: "Kemeja Batik Semarak Salak Pria",
    subtitle: "Lengan pendek, batik cap",
    description:
      "Kemeja lengan pendek dari batik cap motif Semarak Salak, cocok untuk kerja maupun acara santai. Potongan regular fit dengan furing di bagian pundak agar jatuh rapi. Bahan katun adem untuk udara Jogja yang hangat.",
    category: "batik",
    seller: "Batik Semarak Salak",
    material: "Katun prima",
    options: [{ title: "Ukuran", values: SIZES }],
    variants: bySize("BTK-KMJ-SLK-PDK", 285000, [10, 24, 20, 8]),
    tags: ["kemeja", "motif-salak", "khas-sleman"],
    image: { motif: "kemeja", palette: ["#f3efe2", "#5b7a2e", "#6b3a22"], pattern: "semarak" },
  }),
  product({
    handle: "kemeja-batik-parang-lengan-panjang",
    title: "Kemeja Batik Parang Lengan Panjang",
    subtitle: "Kombinasi tulis, dengan furing",
    description:
      "Kemeja lengan panjang motif Parang dengan sentuhan batik tulis di bagian dada. Dilengkapi furing penuh sehingga nyaman untuk acara resmi dan kondangan. Ukuran XL sedang habis dan akan diproduksi ulang.",
    category: "batik",
    seller: "Batik Sidoluhur Godean",
    material: "Katun primisima, furing katun",
    options: [{ title: "Ukuran", values: SIZES }],
    variants: bySize("BTK-KMJ-PRG-PJG", 395000, [6, 14, 9, 0], 320),
    tags: ["kemeja", "formal"],
    image: { motif: "kemeja", palette: ["#e9dcc3", "#6b3d1f", "#e0c48a"], pattern: "parang" },
  }),
  product({
    handle: "kemeja-batik-kawung-lengan-pendek",
    title: "Kemeja Batik Kawung Lengan Pendek",
    subtitle: "Batik cap, regular fit",
    description:
      "Kemeja harian motif Kawung dalam pilihan biru dongker atau cokelat sogan. Jahitan rapi dengan kancing batok kelapa yang memberi kesan alami. Mudah dipadukan dengan celana bahan atau jins.",
    category: "batik",
    seller: "Batik Sidoluhur Godean",
    material: "Katun prima",
    options: [
      { title: "Warna", values: ["Biru Dongker", "Cokelat Sogan"] },
      { title: "Ukuran", values: SIZES },
    ],
    variants: [
      ...bySize("BTK-KMJ-KWG-BRU", 225000, [12, 30, 26, 15], 250, {
        Warna: "Biru Dongker",
      }),
      ...bySize("BTK-KMJ-KWG-CKL", 225000, [8, 22, 18, 10], 250, {
        Warna: "Cokelat Sogan",
      }),
    ],
    tags: ["kemeja"],
    image: { motif: "kemeja", palette: ["#dfe4ea", "#1f3a5f", "#c9a45c"], pattern: "kawung" },
  }),
  product({
    handle: "blus-batik-truntum-wanita",
    title: "Blus Batik Truntum Wanita",
    subtitle: "Lengan tiga perempat",
    description:
      "Blus wanita berpotongan longgar dengan motif Truntum yang manis. Lengan tiga perempat dan kancing depan membuatnya praktis untuk kerja maupun jalan-jalan. Bahan rayon batik yang jatuh dan tidak mudah kusut.",
    category: "batik",
    seller: "Batik Sekar Turi",
    material: "Rayon",
    options: [{ title: "Ukuran", values: SIZES }],
    variants: bySize("BTK-BLS-TRT", 265000, [9, 16, 12, 6], 220),
    tags: ["blus", "busana-wanita"],
    image: { motif: "kemeja", palette: ["#f6e7d7", "#8e3b46", "#f1e2c0"], pattern: "truntum" },
  }),

  // ───────────────────────────── KULINER ─────────────────────────────
  product({
    handle: "salak-pondoh-super",
    title: "Salak Pondoh Super",
    subtitle: "Petik langsung dari kebun Bangunkerto",
    description:
      "Salak pondoh kualitas super dengan daging tebal, renyah, dan manis tanpa rasa sepat. Dipetik sehari sebelum dikirim lalu dikemas dalam kardus berventilasi. Tahan hingga satu minggu di suhu ruang.",
    category: "kuliner",
    seller: "Salak Pondoh Bangunkerto",
    options: [{ title: "Berat", values: ["1 kg", "2 kg", "5 kg"] }],
    variants: [
      {
        title: "1 kg",
        sku: "KUL-SLK-PND-1KG",
        options: { Berat: "1 kg" },
        price: 25000,
        stock: 120,
        weight: 1100,
      },
      {
        title: "2 kg",
        sku: "KUL-SLK-PND-2KG",
        options: { Berat: "2 kg" },
        price: 48000,
        stock: 80,
        weight: 2150,
      },
      {
        title: "5 kg",
        sku: "KUL-SLK-PND-5KG",
        options: { Berat: "5 kg" },
        price: 115000,
        stock: 35,
        weight: 5300,
      },
    ],
    featured: true,
    tags: ["salak", "buah-segar", "khas-sleman"],
    image: { motif: "salak", palette: ["#e8f0d8", "#6e3b1f", "#f3e7c4"] },
  }),
  product({
    handle: "salak-gading",
    title: "Salak Gading",
    subtitle: "Kulit kuning keemasan, rasa manis segar",
    description:
      "Salak gading memiliki kulit kuning kecokelatan yang cantik dan rasa manis dengan sedikit asam segar. Varietas ini lebih jarang ditemui sehingga sering dijadikan buah tangan istimewa. Dipanen dari kebun anggota kelompok tani di Turi.",
    category: "kuliner",
    seller: "Salak Pondoh Bangunkerto",
    options: [{ title: "Berat", values: ["1 kg", "2 kg"] }],
    variants: [
      {
        title: "1 kg",
        sku: "KUL-SLK-GDG-1KG",
        options: { Berat: "1 kg" },
        price: 35000,
        stock: 45,
        weight: 1100,
      },
      {
        title: "2 kg",
        sku: "KUL-SLK-GDG-2KG",
        options: { Berat: "2 kg" },
        price: 68000,
        stock: 25,
        weight: 2150,
      },
    ],
    tags: ["salak", "buah-segar"],
    image: { motif: "salak", palette: ["#f6f0d6", "#b07a2a", "#fff4cf"] },
  }),
  product({
    handle: "keripik-salak-original",
    title: "Keripik Salak Original",
    subtitle: "Digoreng vakum, tanpa pengawet",
    description:
      "Keripik dari salak pondoh pilihan yang digoreng dengan mesin vakum sehingga tetap renyah dan rasa buahnya terjaga. Tanpa tambahan gula dan pengawet. Kemasan standing pouch dengan klip agar tidak cepat melempem.",
    category: "kuliner",
    seller: "Olahan Salak Wonokerto",
    options: [{ title: "Berat", values: ["100 g", "250 g", "500 g"] }],
    variants: [
      {
        title: "100 g",
        sku: "KUL-KRP-SLK-100G",
        options: { Berat: "100 g" },
        price: 15000,
        stock: 150,
        weight: 130,
      },
      {
        title: "250 g",
        sku: "KUL-KRP-SLK-250G",
        options: { Berat: "250 g" },
        price: 32000,
        stock: 90,
        weight: 290,
      },
      {
        title: "500 g",
        sku: "KUL-KRP-SLK-500G",
        options: { Berat: "500 g" },
        price: 60000,
        stock: 40,
        weight: 560,
      },
    ],
    tags: ["olahan-salak", "camilan", "oleh-oleh"],
    image: { motif: "keripik", palette: ["#fbf1dc", "#d9a441", "#7a4a1e"] },
  }),
  product({
    handle: "keripik-belut-godean",
    title: "Belut Goreng Krispi Godean",
    subtitle: "Camilan legendaris Godean",
    description:
      "Belut sawah dibersihkan, dibumbui bawang putih dan ketumbar, lalu digoreng hingga kering dan renyah. Gurihnya cocok sebagai camilan maupun lauk teman nasi hangat. Dikemas kedap udara sehingga awet hingga tiga bulan.",
    category: "kuliner",
    seller: "Dapur Belut Godean",
    options: [{ title: "Berat", values: ["100 g", "250 g"] }],
    variants: [
      {
        title: "100 g",
        sku: "KUL-BLT-GDN-100G",
        options: { Berat: "100 g" },
        price: 25000,
        stock: 70,
        weight: 130,
      },
      {
        title: "250 g",
        sku: "KUL-BLT-GDN-250G",
        options: { Berat: "250 g" },
        price: 58000,
        stock: 35,
        weight: 290,
      },
    ],
    tags: ["camilan", "oleh-oleh", "khas-sleman"],
    image: { motif: "keripik", palette: ["#f7ead4", "#8a5426", "#3d2412"] },
  }),
  product({
    handle: "kopi-merapi-arabika",
    title: "Kopi Arabika Lereng Merapi",
    subtitle: "Sangrai medium, proses natural",
    description:
      "Kopi arabika dari kebun di ketinggian 1.100 mdpl di Cangkringan, diproses natural lalu disangrai medium. Aromanya manis dengan catatan rasa gula aren, cokelat, dan sedikit buah. Pilih biji utuh untuk digiling sendiri atau bubuk siap seduh.",
    category: "kuliner",
    seller: "Kopi Lereng Merapi",
    options: [
      { title: "Jenis", values: ["Bubuk", "Biji"] },
      { title: "Berat", values: ["200 g", "500 g"] },
    ],
    variants: [
      {
        title: "Bubuk / 200 g",
        sku: "KUL-KOP-ARB-BBK-200G",
        options: { Jenis: "Bubuk", Berat: "200 g" },
        price: 45000,
        stock: 60,
        weight: 230,
      },
      {
        title: "Biji / 200 g",
        sku: "KUL-KOP-ARB-BJI-200G",
        options: { Jenis: "Biji", Berat: "200 g" },
        price: 48000,
        stock: 50,
        weight: 230,
      },
      {
        title: "Bubuk / 500 g",
        sku: "KUL-KOP-ARB-BBK-500G",
        options: { Jenis: "Bubuk", Berat: "500 g" },
        price: 105000,
        stock: 25,
        weight: 540,
      },
      {
        title: "Biji / 500 g",
        sku: "KUL-KOP-ARB-BJI-500G",
        options: { Jenis: "Biji", Berat: "500 g" },
        price: 110000,
        stock: 20,
        weight: 540,
      },
    ],
    featured: true,
    tags: ["kopi", "khas-sleman"],
    image: { motif: "kopi", palette: ["#efe3d0", "#4a2c1a", "#c27c3a"] },
  }),
  product({
    handle: "kopi-merapi-robusta",
    title: "Kopi Robusta Lereng Merapi",
    subtitle: "Sangrai medium-dark",
    description:
      "Robusta Merapi dengan body tebal dan rasa pahit cokelat yang pas untuk kopi tubruk atau kopi susu. Ditanam petani Cangkringan di sela tanaman salak dan kelapa. Disangrai setiap minggu agar selalu segar.",
    category: "kuliner",
    seller: "Kopi Lereng Merapi",
    options: [
      { title: "Jenis", values: ["Bubuk", "Biji"] },
      { title: "Berat", values: ["200 g", "500 g"] },
    ],
    variants: [
      {
        title: "Bubuk / 200 g",
        sku: "KUL-KOP-RBS-BBK-200G",
        options: { Jenis: "Bubuk", Berat: "200 g" },
        price: 32000,
        stock: 80,
        weight: 230,
      },
      {
        title: "Biji / 200 g",
        sku: "KUL-KOP-RBS-BJI-200G",
        options: { Jenis: "Biji", Berat: "200 g" },
        price: 35000,
        stock: 60,
        weight: 230,
      },
      {
        title: "Bubuk / 500 g",
        sku: "KUL-KOP-RBS-BBK-500G",
        options: { Jenis: "Bubuk", Berat: "500 g" },
        price: 75000,
        stock: 30,
        weight: 540,
      },
      {
        title: "Biji / 500 g",
        sku: "KUL-KOP-RBS-BJI-500G",
        options: { Jenis: "Biji", Berat: "500 g" },
        price: 80000,
        stock: 24,
        weight: 540,
      },
    ],
    tags: ["kopi"],
    image: { motif: "kopi", palette: ["#e6d8c3", "#2e1a10", "#8c4a22"] },
  }),
  product({
    handle: "kopi-biji-salak",
    title: "Kopi Biji Salak",
    subtitle: "Minuman seduh bebas kafein",
    description:
      "Biji salak pondoh yang disangrai dan digiling halus menjadi minuman seduh mirip kopi, tetapi tanpa kafein. Rasanya sedikit pahit dengan aroma sangrai yang khas. Alternatif menarik bagi yang ingin mengurangi kafein.",
    category: "kuliner",
    seller: "Olahan Salak Wonokerto",
    options: [{ title: "Berat", values: ["150 g"] }],
    variants: [
      {
        title: "150 g",
        sku: "KUL-KOP-SLK-150G",
        options: { Berat: "150 g" },
        price: 22000,
        stock: 65,
        weight: 180,
      },
    ],
    tags: ["olahan-salak", "tanpa-kafein"],
    image: { motif: "kopi", palette: ["#f1e6cf", "#6b3a1e", "#b07a3e"] },
  }),
  product({
    handle: "bakpia-kenyal-isi-20",
    title: "Bakpia Kenyal Isi 20",
    subtitle: "Dibuat setiap pagi",
    description:
      "Bakpia bertekstur kenyal dengan kulit tipis dan isian melimpah. Dipanggang setiap pagi dan dikirim di hari yang sama agar tetap empuk. Tahan lima hari di suhu ruang tanpa pengawet.",
    category: "kuliner",
    seller: "Jajanan Mbok Darmi",
    options: [{ title: "Rasa", values: ["Kacang Hijau", "Cokelat", "Keju"] }],
    variants: [
      {
        title: "Kacang Hijau",
        sku: "KUL-BKP-KCH-20",
        options: { Rasa: "Kacang Hijau" },
        price: 45000,
        stock: 40,
        weight: 650,
      },
      {
        title: "Cokelat",
        sku: "KUL-BKP-CKL-20",
        options: { Rasa: "Cokelat" },
        price: 48000,
        stock: 30,
        weight: 650,
      },
      {
        title: "Keju",
        sku: "KUL-BKP-KJU-20",
        options: { Rasa: "Keju" },
        price: 50000,
        stock: 25,
        weight: 650,
      },
    ],
    tags: ["jajanan", "oleh-oleh"],
    image: { motif: "bakpia", palette: ["#f8ecd6", "#d9a55a", "#7b4a25"] },
  }),
  product({
    handle: "geplak-aneka-rasa",
    title: "Geplak Aneka Rasa",
    subtitle: "Kelapa parut dan gula pasir",
    description:
      "Geplak adalah jajanan manis dari kelapa parut dan gula yang dibentuk bulat-bulat berwarna cerah. Tersedia campuran rasa original, nangka, stroberi, dan pandan dalam satu besek. Teksturnya legit dan cocok ditemani teh tawar hangat.",
    category: "kuliner",
    seller: "Jajanan Mbok Darmi",
    options: [{ title: "Berat", values: ["250 g", "500 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KUL-GPL-ANK-250G",
        options: { Berat: "250 g" },
        price: 18000,
        stock: 55,
        weight: 300,
      },
      {
        title: "500 g",
        sku: "KUL-GPL-ANK-500G",
        options: { Berat: "500 g" },
        price: 33000,
        stock: 30,
        weight: 560,
      },
    ],
    tags: ["jajanan", "oleh-oleh"],
    image: { motif: "geplak", palette: ["#f3e3c3", "#e0607e", "#6fae5a"] },
  }),
  product({
    handle: "madu-klanceng-murni",
    title: "Madu Klanceng Murni",
    subtitle: "Madu lebah tanpa sengat",
    description:
      "Madu dari lebah klanceng (lebah tanpa sengat) yang bersarang di kebun kaliandra Pakem. Rasanya manis-asam segar dengan aroma resin yang khas. Dipanen tanpa pemanasan sehingga enzim alaminya tetap terjaga.",
    category: "kuliner",
    seller: "Madu Klanceng Pakem",
    options: [{ title: "Isi", values: ["250 ml", "500 ml"] }],
    variants: [
      {
        title: "250 ml",
        sku: "KUL-MDU-KLC-250ML",
        options: { Isi: "250 ml" },
        price: 95000,
        stock: 30,
        weight: 420,
      },
      {
        title: "500 ml",
        sku: "KUL-MDU-KLC-500ML",
        options: { Isi: "500 ml" },
        price: 180000,
        stock: 15,
        weight: 780,
      },
    ],
    featured: true,
    tags: ["madu", "herbal"],
    image: { motif: "madu", palette: ["#fff3d1", "#d98b16", "#6b3d0f"] },
  }),
  product({
    handle: "madu-randu-merapi",
    title: "Madu Randu Merapi",
    subtitle: "Madu bunga randu",
    description:
      "Madu lebah Apis cerana dari bunga randu yang bermekaran di kaki Merapi. Warnanya kuning cerah dengan rasa manis lembut yang disukai anak-anak. Dikemas dalam botol kaca dengan tutup rapat.",
    category: "kuliner",
    seller: "Madu Klanceng Pakem",
    options: [{ title: "Berat", values: ["250 g", "500 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KUL-MDU-RND-250G",
        options: { Berat: "250 g" },
        price: 45000,
        stock: 50,
        weight: 380,
      },
      {
        title: "500 g",
        sku: "KUL-MDU-RND-500G",
        options: { Berat: "500 g" },
        price: 85000,
        stock: 35,
        weight: 700,
      },
    ],
    tags: ["madu"],
    image: { motif: "madu", palette: ["#fdf6e0", "#e8b52c", "#8a5a12"] },
  }),
  product({
    handle: "emping-melinjo-prambanan",
    title: "Emping Melinjo Prambanan",
    subtitle: "Emping tipis, siap goreng",
    description:
      "Emping dari biji melinjo tua yang disangrai lalu dipipihkan satu per satu dengan palu kayu. Hasilnya tipis dan mengembang renyah saat digoreng. Nikmat sebagai pelengkap soto, gado-gado, atau camilan keluarga.",
    category: "kuliner",
    seller: "Rempah Prambanan Asri",
    options: [{ title: "Berat", values: ["250 g", "500 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KUL-EMP-MLJ-250G",
        options: { Berat: "250 g" },
        price: 35000,
        stock: 60,
        weight: 290,
      },
      {
        title: "500 g",
        sku: "KUL-EMP-MLJ-500G",
        options: { Berat: "500 g" },
        price: 65000,
        stock: 40,
        weight: 560,
      },
    ],
    tags: ["camilan", "oleh-oleh"],
    image: { motif: "emping", palette: ["#efe4c8", "#e8cf8a", "#9b7a3a"] },
  }),
  product({
    handle: "wedang-uwuh-seduh",
    title: "Wedang Uwuh Seduh",
    subtitle: "Racikan rempah dalam kantong",
    description:
      "Racikan kayu secang, jahe, cengkeh, kayu manis, dan daun pala yang menghasilkan minuman merah hangat. Cukup seduh satu kantong dengan air mendidih lalu tambahkan gula batu. Menghangatkan badan di malam hari.",
    category: "kuliner",
    seller: "Rempah Prambanan Asri",
    options: [{ title: "Isi", values: ["5 kantong", "10 kantong"] }],
    variants: [
      {
        title: "5 kantong",
        sku: "KUL-WDG-UWH-5",
        options: { Isi: "5 kantong" },
        price: 20000,
        stock: 100,
        weight: 200,
      },
      {
        title: "10 kantong",
        sku: "KUL-WDG-UWH-10",
        options: { Isi: "10 kantong" },
        price: 38000,
        stock: 70,
        weight: 380,
      },
    ],
    tags: ["minuman", "rempah"],
    image: { motif: "wedang", palette: ["#f5e9d6", "#a3202a", "#7a4a22"] },
  }),
  product({
    handle: "cokelat-salak-pondoh",
    title: "Cokelat Salak Pondoh",
    subtitle: "Cokelat susu isi selai salak",
    description:
      "Cokelat susu lembut dengan isian selai salak pondoh yang manis-asam. Dibuat oleh IKM Wonokerto bekerja sama dengan pembuat cokelat lokal. Oleh-oleh unik yang tidak ditemukan di tempat lain.",
    category: "kuliner",
    seller: "Olahan Salak Wonokerto",
    options: [{ title: "Isi", values: ["1 batang", "Kotak 5 batang"] }],
    variants: [
      {
        title: "1 batang",
        sku: "KUL-CKL-SLK-1",
        options: { Isi: "1 batang" },
        price: 18000,
        stock: 80,
        weight: 70,
      },
      {
        title: "Kotak 5 batang",
        sku: "KUL-CKL-SLK-5",
        options: { Isi: "Kotak 5 batang" },
        price: 85000,
        stock: 25,
        weight: 340,
      },
    ],
    tags: ["olahan-salak", "oleh-oleh"],
    image: { motif: "cokelat", palette: ["#f3e8dc", "#5a311c", "#5b7a2e"] },
  }),
  product({
    handle: "dodol-salak",
    title: "Dodol Salak",
    subtitle: "Legit, dibungkus satuan",
    description:
      "Dodol dari daging salak pondoh, tepung ketan, dan gula kelapa yang diaduk berjam-jam di atas tungku. Teksturnya legit dengan rasa salak yang jelas. Setiap potong dibungkus plastik sehingga praktis dibagikan.",
    category: "kuliner",
    seller: "Olahan Salak Wonokerto",
    options: [{ title: "Berat", values: ["250 g", "500 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KUL-DDL-SLK-250G",
        options: { Berat: "250 g" },
        price: 20000,
        stock: 75,
        weight: 280,
      },
      {
        title: "500 g",
        sku: "KUL-DDL-SLK-500G",
        options: { Berat: "500 g" },
        price: 38000,
        stock: 45,
        weight: 540,
      },
    ],
    tags: ["olahan-salak", "jajanan"],
    image: { motif: "dodol", palette: ["#f4ecd9", "#7a4a23", "#e3a33b"] },
  }),
  product({
    handle: "kurma-salak",
    title: "Kurma Salak",
    subtitle: "Salak manisan bertekstur kurma",
    description:
      "Salak pondoh yang direndam gula lalu dikeringkan perlahan hingga bertekstur kenyal seperti kurma. Rasanya manis legit dengan sisa aroma salak yang segar. Camilan sehat pengganti permen untuk anak-anak.",
    category: "kuliner",
    seller: "Olahan Salak Wonokerto",
    options: [{ title: "Berat", values: ["250 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KUL-KRM-SLK-250G",
        options: { Berat: "250 g" },
        price: 25000,
        stock: 50,
        weight: 280,
      },
    ],
    tags: ["olahan-salak", "camilan"],
    image: { motif: "salak", palette: ["#f6e6cf", "#5a2e16", "#c98a3e"] },
  }),
  product({
    handle: "jenang-ketan-gula-jawa",
    title: "Jenang Ketan Gula Jawa",
    subtitle: "Jenang legit tradisional",
    description:
      "Jenang dari tepung ketan, santan kental, dan gula jawa asli yang dimasak perlahan hingga mengilap. Rasanya manis gurih dengan aroma karamel yang khas. Biasa hadir sebagai suguhan saat kenduri dan Lebaran.",
    category: "kuliner",
    seller: "Jajanan Mbok Darmi",
    options: [{ title: "Berat", values: ["500 g"] }],
    variants: [
      {
        title: "500 g",
        sku: "KUL-JNG-KTN-500G",
        options: { Berat: "500 g" },
        price: 28000,
        stock: 40,
        weight: 540,
      },
    ],
    tags: ["jajanan"],
    image: { motif: "dodol", palette: ["#efe5d2", "#3e2414", "#c8b27a"] },
  }),
  product({
    handle: "keripik-tempe-sagu",
    title: "Keripik Tempe Sagu",
    subtitle: "Tipis dan gurih",
    description:
      "Tempe diiris setipis kertas, dibalut adonan tepung sagu berbumbu daun jeruk, lalu digoreng renyah. Gurihnya pas untuk teman nasi atau camilan sore. Dibuat dari kedelai lokal tanpa penyedap buatan.",
    category: "kuliner",
    seller: "Jajanan Mbok Darmi",
    options: [{ title: "Berat", values: ["200 g"] }],
    variants: [
      {
        title: "200 g",
        sku: "KUL-KRP-TMP-200G",
        options: { Berat: "200 g" },
        price: 12000,
        stock: 90,
        weight: 230,
      },
    ],
    tags: ["camilan"],
    image: { motif: "keripik", palette: ["#f5efd9", "#e2b85c", "#5c7a2e"] },
  }),

  // ───────────────────────────── KERAJINAN ─────────────────────────────
  product({
    handle: "keranjang-anyaman-bambu",
    title: "Keranjang Anyaman Bambu Sendari",
    subtitle: "Anyaman tangan, bambu apus",
    description:
      "Keranjang serbaguna dari bambu apus yang dianyam rapat dengan pola kepang khas Sendari. Kuat untuk wadah buah, pakaian kotor, atau hiasan rumah bergaya alami. Tersedia tiga ukuran yang bisa disusun bertumpuk.",
    category: "kerajinan",
    seller: "Bambu Sendari",
    material: "Bambu apus",
    options: [{ title: "Ukuran", values: ["Kecil", "Sedang", "Besar"] }],
    variants: [
      {
        title: "Kecil",
        sku: "KRJ-BMB-KRJ-S",
        options: { Ukuran: "Kecil" },
        price: 45000,
        stock: 30,
        weight: 400,
      },
      {
        title: "Sedang",
        sku: "KRJ-BMB-KRJ-M",
        options: { Ukuran: "Sedang" },
        price: 65000,
        stock: 22,
        weight: 650,
      },
      {
        title: "Besar",
        sku: "KRJ-BMB-KRJ-L",
        options: { Ukuran: "Besar" },
        price: 95000,
        stock: 12,
        weight: 1000,
      },
    ],
    featured: true,
    tags: ["anyaman", "dekorasi-rumah"],
    image: { motif: "bambu", palette: ["#f4ead4", "#c9a462", "#7a5a2a"] },
  }),
  product({
    handle: "tampah-bambu",
    title: "Tampah Bambu",
    subtitle: "Nampan anyam bundar",
    description:
      "Tampah bundar dari anyaman bambu dengan bingkai rotan yang kokoh. Dipakai untuk menampi beras, menjemur kerupuk, atau sebagai alas tumpeng. Kini juga populer sebagai hiasan dinding.",
    category: "kerajinan",
    seller: "Bambu Sendari",
    material: "Bambu apus, rotan",
    options: [{ title: "Diameter", values: ["40 cm", "60 cm"] }],
    variants: [
      {
        title: "40 cm",
        sku: "KRJ-BMB-TMP-40",
        options: { Diameter: "40 cm" },
        price: 25000,
        stock: 40,
        weight: 450,
      },
      {
        title: "60 cm",
        sku: "KRJ-BMB-TMP-60",
        options: { Diameter: "60 cm" },
        price: 40000,
        stock: 25,
        weight: 800,
      },
    ],
    tags: ["anyaman", "perlengkapan-dapur"],
    image: { motif: "bambu", palette: ["#efe6cf", "#d8b878", "#8a6530"] },
  }),
  product({
    handle: "besek-bambu-isi-10",
    title: "Besek Bambu Isi 10",
    subtitle: "Kotak anyam ramah lingkungan",
    description:
      "Besek adalah kotak anyaman bambu tradisional untuk wadah nasi berkat dan kue. Pilihan kemasan ramah lingkungan pengganti kotak plastik untuk hajatan atau hampers. Satu paket berisi sepuluh besek ukuran 15 x 15 cm lengkap dengan tutup.",
    category: "kerajinan",
    seller: "Bambu Sendari",
    material: "Bambu",
    options: [{ title: "Isi", values: ["10 pcs"] }],
    variants: [
      {
        title: "10 pcs",
        sku: "KRJ-BMB-BSK-10",
        options: { Isi: "10 pcs" },
        price: 30000,
        stock: 60,
        weight: 700,
      },
    ],
    tags: ["anyaman", "kemasan-ramah-lingkungan"],
    image: { motif: "bambu", palette: ["#f7efdc", "#b99154", "#5e4220"] },
  }),
  product({
    handle: "caping-bambu",
    title: "Caping Bambu",
    subtitle: "Topi tani anyaman",
    description:
      "Caping kerucut dari anyaman bambu halus yang dilapisi pernis agar tahan hujan. Melindungi dari terik matahari saat berkebun atau bersepeda keliling desa. Juga cantik sebagai dekorasi dinding bergaya pedesaan.",
    category: "kerajinan",
    seller: "Bambu Sendari",
    material: "Bambu, pernis",
    options: [{ title: "Isi", values: ["1 pcs"] }],
    variants: [
      {
        title: "1 pcs",
        sku: "KRJ-BMB-CPG-1",
        options: { Isi: "1 pcs" },
        price: 35000,
        stock: 28,
        weight: 350,
      },
    ],
    tags: ["anyaman"],
    image: { motif: "caping", palette: ["#dcebf2", "#d3ad62", "#7b5a2a"] },
  }),
  product({
    handle: "tas-kulit-tote",
    title: "Tas Tote Kulit Sapi",
    subtitle: "Kulit samak nabati, jahit tangan",
    description:
      "Tas tote lapang dari kulit sapi samak nabati yang semakin cantik seiring pemakaian. Dijahit tangan dengan benang lilin dan dilengkapi kantong dalam beresleting. Muat laptop 14 inci dan perlengkapan kerja harian.",
    category: "kerajinan",
    seller: "Kulit Griya Gamping",
    material: "Kulit sapi samak nabati",
    options: [{ title: "Warna", values: ["Cokelat Tua", "Hitam", "Tan"] }],
    variants: [
      {
        title: "Cokelat Tua",
        sku: "KRJ-KLT-TOT-CKT",
        options: { Warna: "Cokelat Tua" },
        price: 650000,
        stock: 8,
        weight: 900,
      },
      {
        title: "Hitam",
        sku: "KRJ-KLT-TOT-HTM",
        options: { Warna: "Hitam" },
        price: 650000,
        stock: 6,
        weight: 900,
      },
      {
        title: "Tan",
        sku: "KRJ-KLT-TOT-TAN",
        options: { Warna: "Tan" },
        price: 650000,
        stock: 10,
        weight: 900,
      },
    ],
    featured: true,
    tags: ["kulit", "tas"],
    image: { motif: "kulit", palette: ["#efe6da", "#7a4524", "#d9a35a"] },
  }),
  product({
    handle: "tas-selempang-kulit",
    title: "Tas Selempang Kulit",
    subtitle: "Ringkas untuk harian",
    description:
      "Tas selempang berukuran ringkas dengan tali yang bisa diatur panjangnya. Cukup untuk ponsel, dompet, dan kunci saat jalan-jalan di Malioboro. Tepi kulit dihaluskan dan dipoles dengan lilin lebah.",
    category: "kerajinan",
    seller: "Kulit Griya Gamping",
    material: "Kulit sapi",
    options: [{ title: "Warna", values: ["Cokelat", "Hitam"] }],
    variants: [
      {
        title: "Cokelat",
        sku: "KRJ-KLT-SLP-CKL",
        options: { Warna: "Cokelat" },
        price: 425000,
        stock: 14,
        weight: 500,
      },
      {
        title: "Hitam",
        sku: "KRJ-KLT-SLP-HTM",
        options: { Warna: "Hitam" },
        price: 425000,
        stock: 11,
        weight: 500,
      },
    ],
    tags: ["kulit", "tas"],
    image: { motif: "kulit", palette: ["#e7ebef", "#2b2522", "#b3874a"] },
  }),
  product({
    handle: "dompet-kulit-pria",
    title: "Dompet Kulit Lipat Pria",
    subtitle: "Enam slot kartu",
    description:
      "Dompet lipat dua dengan enam slot kartu, satu kantong uang kertas, dan jendela KTP. Dibuat dari kulit sapi utuh yang tipis namun kuat. Setiap dompet dikemas dalam kotak kraft sehingga siap dijadikan hadiah.",
    category: "kerajinan",
    seller: "Kulit Griya Gamping",
    material: "Kulit sapi",
    options: [{ title: "Warna", values: ["Cokelat", "Hitam", "Tan"] }],
    variants: [
      {
        title: "Cokelat",
        sku: "KRJ-KLT-DMP-CKL",
        options: { Warna: "Cokelat" },
        price: 175000,
        stock: 25,
        weight: 120,
      },
      {
        title: "Hitam",
        sku: "KRJ-KLT-DMP-HTM",
        options: { Warna: "Hitam" },
        price: 175000,
        stock: 30,
        weight: 120,
      },
      {
        title: "Tan",
        sku: "KRJ-KLT-DMP-TAN",
        options: { Warna: "Tan" },
        price: 175000,
        stock: 18,
        weight: 120,
      },
    ],
    tags: ["kulit", "hadiah"],
    image: { motif: "dompet", palette: ["#f1e9de", "#6a3b1f", "#c98b45"] },
  }),
  product({
    handle: "kendi-gerabah-tradisional",
    title: "Kendi Gerabah Tradisional",
    subtitle: "Air minum alami lebih sejuk",
    description:
      "Kendi dari tanah liat bakar yang membuat air minum terasa sejuk alami tanpa lemari es. Dibentuk dengan tangan di atas perbot lalu dibakar di tungku kayu. Stok tinggal satu buah dari pembakaran terakhir.",
    category: "kerajinan",
    seller: "Gerabah Margoluwih",
    material: "Tanah liat bakar",
    options: [{ title: "Isi", values: ["1 pcs"] }],
    variants: [
      {
        title: "1 pcs",
        sku: "KRJ-GRB-KND-1",
        options: { Isi: "1 pcs" },
        price: 65000,
        stock: 1,
        weight: 1500,
      },
    ],
    tags: ["gerabah", "perlengkapan-dapur"],
    image: { motif: "gerabah", palette: ["#f2e6d6", "#b5562e", "#5e2a15"] },
  }),
  product({
    handle: "vas-gerabah-ukir",
    title: "Vas Gerabah Ukir",
    subtitle: "Motif sulur, finishing natural",
    description:
      "Vas bunga dari tanah liat dengan ukiran motif sulur daun di bagian badan. Permukaannya dibiarkan natural sehingga warna terakotanya tampak hangat. Cantik untuk bunga kering maupun hiasan sudut ruangan.",
    category: "kerajinan",
    seller: "Gerabah Margoluwih",
    material: "Tanah liat bakar",
    options: [{ title: "Ukuran", values: ["30 cm", "50 cm"] }],
    variants: [
      {
        title: "30 cm",
        sku: "KRJ-GRB-VAS-30",
        options: { Ukuran: "30 cm" },
        price: 85000,
        stock: 15,
        weight: 2000,
      },
      {
        title: "50 cm",
        sku: "KRJ-GRB-VAS-50",
        options: { Ukuran: "50 cm" },
        price: 150000,
        stock: 7,
        weight: 4500,
      },
    ],
    tags: ["gerabah", "dekorasi-rumah"],
    image: { motif: "gerabah", palette: ["#e8eef0", "#c0683a", "#3f2a1e"] },
  }),
  product({
    handle: "cobek-gerabah",
    title: "Cobek dan Ulekan Gerabah",
    subtitle: "Untuk sambal yang lebih sedap",
    description:
      "Cobek tanah liat dengan ulekan kayu, sepasang alat dapur wajib untuk membuat sambal. Pori-pori tanah liat membuat bumbu lebih cepat halus dan aromanya keluar. Cuci dengan air tanpa sabun agar awet.",
    category: "kerajinan",
    seller: "Gerabah Margoluwih",
    material: "Tanah liat bakar, kayu",
    options: [{ title: "Diameter", values: ["20 cm", "25 cm"] }],
    variants: [
      {
        title: "20 cm",
        sku: "KRJ-GRB-CBK-20",
        options: { Diameter: "20 cm" },
        price: 35000,
        stock: 30,
        weight: 1200,
      },
      {
        title: "25 cm",
        sku: "KRJ-GRB-CBK-25",
        options: { Diameter: "25 cm" },
        price: 45000,
        stock: 20,
        weight: 1700,
      },
    ],
    tags: ["gerabah", "perlengkapan-dapur"],
    image: { motif: "gerabah", palette: ["#f3ebe0", "#8e4a2a", "#d9a066"] },
  }),
  product({
    handle: "wayang-kulit-arjuna",
    title: "Wayang Kulit Arjuna",
    subtitle: "Tatah sungging kulit kerbau",
    description:
      "Wayang kulit tokoh Arjuna yang ditatah halus dan disungging dengan prada emas. Dibuat dari kulit kerbau pilihan dengan gagang tanduk. Cocok untuk koleksi, hiasan dinding, maupun pementasan.",
    category: "kerajinan",
    seller: "Sanggar Kriya Minggir",
    material: "Kulit kerbau, tanduk",
    options: [{ title: "Ukuran", values: ["60 cm"] }],
    variants: [
      {
        title: "60 cm",
        sku: "KRJ-WYG-ARJ-60",
        options: { Ukuran: "60 cm" },
        price: 1250000,
        stock: 2,
        weight: 600,
      },
    ],
    tags: ["wayang", "koleksi"],
    image: { motif: "wayang", palette: ["#f3e2b8", "#3a2a1c", "#c8962e"] },
  }),
  product({
    handle: "gunungan-wayang-kulit",
    title: "Gunungan Wayang Kulit",
    subtitle: "Kayon untuk hiasan dinding",
    description:
      "Gunungan atau kayon adalah simbol alam semesta yang dipakai dalang untuk membuka dan menutup pertunjukan. Ditatah dengan detail pohon hayat, gapura, dan satwa hutan. Dibingkai kaca sehingga siap dipajang.",
    category: "kerajinan",
    seller: "Sanggar Kriya Minggir",
    material: "Kulit kerbau",
    options: [{ title: "Ukuran", values: ["50 cm", "80 cm"] }],
    variants: [
      {
        title: "50 cm",
        sku: "KRJ-WYG-GNG-50",
        options: { Ukuran: "50 cm" },
        price: 850000,
        stock: 4,
        weight: 1500,
      },
      {
        title: "80 cm",
        sku: "KRJ-WYG-GNG-80",
        options: { Ukuran: "80 cm" },
        price: 1500000,
        stock: 3,
        weight: 2800,
      },
    ],
    tags: ["wayang", "dekorasi-rumah"],
    image: { motif: "gunungan", palette: ["#e6d2a8", "#7a2a1e", "#2d5a4a"] },
  }),
  product({
    handle: "topeng-kayu-panji",
    title: "Topeng Kayu Panji",
    subtitle: "Kayu pule, cat tangan",
    description:
      "Topeng tokoh Panji berwajah putih halus yang melambangkan kesucian dan kebijaksanaan. Diukir dari kayu pule yang ringan lalu dicat tangan berlapis-lapis. Bisa dipakai menari atau dipajang di dinding.",
    category: "kerajinan",
    seller: "Sanggar Kriya Minggir",
    material: "Kayu pule",
    options: [{ title: "Isi", values: ["1 pcs"] }],
    variants: [
      {
        title: "1 pcs",
        sku: "KRJ-TPG-PNJ-1",
        options: { Isi: "1 pcs" },
        price: 275000,
        stock: 9,
        weight: 400,
      },
    ],
    tags: ["topeng", "koleksi"],
    image: { motif: "topeng", palette: ["#2f4f4f", "#f4efe4", "#b8322a"] },
  }),
  product({
    handle: "topeng-kayu-klana",
    title: "Topeng Kayu Klana",
    subtitle: "Karakter raja sabrang",
    description:
      "Topeng Klana berwarna merah menyala dengan mata melotot dan kumis tebal, menggambarkan raja yang penuh amarah. Dipahat dari kayu pule dan dihias prada emas pada bagian jamang. Karakter favorit dalam tari topeng gaya Yogyakarta.",
    category: "kerajinan",
    seller: "Sanggar Kriya Minggir",
    material: "Kayu pule, prada",
    options: [{ title: "Isi", values: ["1 pcs"] }],
    variants: [
      {
        title: "1 pcs",
        sku: "KRJ-TPG-KLN-1",
        options: { Isi: "1 pcs" },
        price: 325000,
        stock: 6,
        weight: 420,
      },
    ],
    tags: ["topeng", "koleksi"],
    image: { motif: "topeng", palette: ["#f0e3c6", "#b3261e", "#1c1c1c"] },
  }),

  // ───────────────────────────── KESEHATAN ─────────────────────────────
  product({
    handle: "masker-kain-batik",
    title: "Masker Kain Batik Tiga Lapis",
    subtitle: "Bisa dicuci ulang",
    description:
      "Masker kain tiga lapis dengan lapisan luar batik cap, lapisan tengah kain spunbond, dan lapisan dalam katun lembut. Tali telinga elastis dan kawat hidung membuatnya pas di wajah. Motif dalam satu paket dipilih acak sehingga setiap paket unik.",
    category: "kesehatan",
    seller: "Jahit Batik Depok",
    material: "Katun batik, spunbond",
    options: [{ title: "Isi", values: ["Pack 3", "Pack 5"] }],
    variants: [
      {
        title: "Pack 3",
        sku: "KSH-MSK-BTK-P3",
        options: { Isi: "Pack 3" },
        price: 30000,
        stock: 150,
        weight: 60,
      },
      {
        title: "Pack 5",
        sku: "KSH-MSK-BTK-P5",
        options: { Isi: "Pack 5" },
        price: 45000,
        stock: 110,
        weight: 100,
      },
    ],
    featured: true,
    tags: ["masker", "batik"],
    image: { motif: "masker", palette: ["#dfe9ef", "#7a4a25", "#f1e2c0"], pattern: "kawung" },
  }),
  product({
    handle: "masker-kain-batik-anak",
    title: "Masker Kain Batik Anak",
    subtitle: "Ukuran anak 4–10 tahun",
    description:
      "Masker kain ukuran anak dengan motif batik berwarna ceria. Tali telinga bisa diatur agar tidak menekan telinga si kecil. Bahan katun dalam yang lembut nyaman dipakai seharian di sekolah.",
    category: "kesehatan",
    seller: "Jahit Batik Depok",
    material: "Katun batik",
    options: [{ title: "Isi", values: ["Pack 3", "Pack 5"] }],
    variants: [
      {
        title: "Pack 3",
        sku: "KSH-MSK-ANK-P3",
        options: { Isi: "Pack 3" },
        price: 27000,
        stock: 90,
        weight: 45,
      },
      {
        title: "Pack 5",
        sku: "KSH-MSK-ANK-P5",
        options: { Isi: "Pack 5" },
        price: 40000,
        stock: 70,
        weight: 75,
      },
    ],
    tags: ["masker", "anak"],
    image: { motif: "masker", palette: ["#fbeed6", "#2f6fae", "#f2b441"], pattern: "parang" },
  }),
  product({
    handle: "hand-sanitizer-sereh",
    title: "Hand Sanitizer Sereh Wangi",
    subtitle: "Alkohol 70%, tidak lengket",
    description:
      "Hand sanitizer cair dengan alkohol 70% dan minyak sereh wangi hasil sulingan sendiri. Cepat kering dan tidak meninggalkan rasa lengket di tangan. Tersedia botol spray 100 ml untuk dibawa bepergian dan botol pump 500 ml untuk di rumah.",
    category: "kesehatan",
    seller: "Herbal Sereh Berbah",
    options: [{ title: "Isi", values: ["100 ml", "500 ml"] }],
    variants: [
      {
        title: "100 ml",
        sku: "KSH-SNT-SRH-100ML",
        options: { Isi: "100 ml" },
        price: 15000,
        stock: 200,
        weight: 130,
      },
      {
        title: "500 ml",
        sku: "KSH-SNT-SRH-500ML",
        options: { Isi: "500 ml" },
        price: 45000,
        stock: 80,
        weight: 560,
      },
    ],
    tags: ["sanitizer", "sereh"],
    image: { motif: "sanitizer", palette: ["#e6f2e1", "#6aa84f", "#1f4e3d"] },
  }),
  product({
    handle: "hand-sanitizer-gel-sirih",
    title: "Hand Sanitizer Gel Daun Sirih",
    subtitle: "Dengan lidah buaya",
    description:
      "Gel pembersih tangan dengan ekstrak daun sirih dan lidah buaya yang menjaga kulit tetap lembap. Aromanya segar dan tidak menyengat. Cocok untuk dipakai berulang kali oleh pedagang pasar dan pengemudi ojek.",
    category: "kesehatan",
    seller: "Herbal Sereh Berbah",
    options: [{ title: "Isi", values: ["100 ml", "500 ml"] }],
    variants: [
      {
        title: "100 ml",
        sku: "KSH-SNT-SRH-GEL-100ML",
        options: { Isi: "100 ml" },
        price: 17000,
        stock: 140,
        weight: 130,
      },
      {
        title: "500 ml",
        sku: "KSH-SNT-SRH-GEL-500ML",
        options: { Isi: "500 ml" },
        price: 50000,
        stock: 60,
        weight: 560,
      },
    ],
    tags: ["sanitizer", "herbal"],
    image: { motif: "sanitizer", palette: ["#eef4e4", "#2e7d5b", "#a8d08d"] },
  }),
  product({
    handle: "jamu-kunyit-asam-instan",
    title: "Jamu Kunyit Asam Instan",
    subtitle: "Serbuk siap seduh",
    description:
      "Jamu kunyit asam dalam bentuk serbuk yang tinggal diseduh air hangat atau dingin. Dibuat dari kunyit segar, asam jawa, dan gula aren tanpa pemanis buatan. Segar diminum setiap pagi untuk menjaga daya tahan tubuh.",
    category: "kesehatan",
    seller: "Jamu Sari Ngemplak",
    options: [{ title: "Berat", values: ["250 g", "500 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KSH-JMU-KNY-250G",
        options: { Berat: "250 g" },
        price: 25000,
        stock: 70,
        weight: 280,
      },
      {
        title: "500 g",
        sku: "KSH-JMU-KNY-500G",
        options: { Berat: "500 g" },
        price: 45000,
        stock: 40,
        weight: 540,
      },
    ],
    tags: ["jamu", "herbal"],
    image: { motif: "jamu", palette: ["#fbf3de", "#e8a317", "#7a4a12"] },
  }),
  product({
    handle: "jamu-beras-kencur-instan",
    title: "Jamu Beras Kencur Instan",
    subtitle: "Serbuk siap seduh",
    description:
      "Perpaduan beras sangrai dan kencur yang menyegarkan badan setelah beraktivitas. Rasanya manis dengan sensasi hangat dan aroma kencur yang lembut. Diproduksi higienis dan sudah terdaftar P-IRT.",
    category: "kesehatan",
    seller: "Jamu Sari Ngemplak",
    options: [{ title: "Berat", values: ["250 g"] }],
    variants: [
      {
        title: "250 g",
        sku: "KSH-JMU-BRK-250G",
        options: { Berat: "250 g" },
        price: 23000,
        stock: 65,
        weight: 280,
      },
    ],
    tags: ["jamu", "herbal"],
    image: { motif: "jamu", palette: ["#f7f1e1", "#e9dcb6", "#8a6a3a"] },
  }),
  product({
    handle: "minyak-sereh-wangi",
    title: "Minyak Sereh Wangi",
    subtitle: "Minyak atsiri murni",
    description:
      "Minyak atsiri sereh wangi hasil penyulingan uap dari daun sereh segar kebun Berbah. Bisa dipakai untuk aromaterapi, pengusir nyamuk alami, atau campuran minyak pijat. Dikemas dalam botol kaca gelap dengan pipet.",
    category: "kesehatan",
    seller: "Herbal Sereh Berbah",
    options: [{ title: "Isi", values: ["10 ml", "30 ml"] }],
    variants: [
      {
        title: "10 ml",
        sku: "KSH-ATS-SRH-10ML",
        options: { Isi: "10 ml" },
        price: 25000,
        stock: 85,
        weight: 60,
      },
      {
        title: "30 ml",
        sku: "KSH-ATS-SRH-30ML",
        options: { Isi: "30 ml" },
        price: 60000,
        stock: 40,
        weight: 110,
      },
    ],
    tags: ["atsiri", "aromaterapi", "sereh"],
    image: { motif: "atsiri", palette: ["#eef3e2", "#8a4b17", "#6a9a3a"] },
  }),
  product({
    handle: "minyak-atsiri-cengkeh",
    title: "Minyak Atsiri Cengkeh",
    subtitle: "Untuk aromaterapi dan pijat",
    description:
      "Minyak atsiri dari daun cengkeh dengan aroma hangat yang menenangkan. Beberapa tetes di diffuser membuat ruangan terasa nyaman. Encerkan dengan minyak kelapa sebelum dioleskan ke kulit.",
    category: "kesehatan",
    seller: "Herbal Sereh Berbah",
    options: [{ title: "Isi", values: ["10 ml"] }],
    variants: [
      {
        title: "10 ml",
        sku: "KSH-ATS-CKH-10ML",
        options: { Isi: "10 ml" },
        price: 30000,
        stock: 50,
        weight: 60,
      },
    ],
    tags: ["atsiri", "aromaterapi"],
    image: { motif: "atsiri", palette: ["#f3e9e0", "#5a2a14", "#4f7a3a"] },
  }),
  product({
    handle: "sabun-herbal-sereh",
    title: "Sabun Herbal Sereh",
    subtitle: "Sabun batang cold process",
    description:
      "Sabun batang buatan tangan dengan metode cold process dari minyak kelapa dan minyak sereh wangi. Busanya lembut dan tidak membuat kulit kering. Setiap batang diangin-anginkan selama empat minggu sebelum dijual.",
    category: "kesehatan",
    seller: "Herbal Sereh Berbah",
    options: [{ title: "Isi", values: ["1 batang", "3 batang"] }],
    variants: [
      {
        title: "1 batang",
        sku: "KSH-SBN-SRH-1",
        options: { Isi: "1 batang" },
        price: 15000,
        stock: 120,
        weight: 110,
      },
      {
        title: "3 batang",
        sku: "KSH-SBN-SRH-3",
        options: { Isi: "3 batang" },
        price: 40000,
        stock: 60,
        weight: 320,
      },
    ],
    tags: ["sabun", "herbal", "sereh"],
    image: { motif: "sabun", palette: ["#e9f1e4", "#cfe3a8", "#4f7a2e"] },
  }),
  product({
    handle: "sabun-scrub-kopi-merapi",
    title: "Sabun Scrub Kopi Merapi",
    subtitle: "Eksfoliasi alami",
    description:
      "Sabun batang dengan ampas kopi robusta Merapi yang membantu mengangkat sel kulit mati. Dipadukan dengan minyak kelapa dan madu agar kulit tetap lembap. Aroma kopinya membuat mandi pagi terasa lebih segar.",
    category: "kesehatan",
    seller: "Herbal Sereh Berbah",
    options: [{ title: "Isi", values: ["1 batang"] }],
    variants: [
      {
        title: "1 batang",
        sku: "KSH-SBN-KOP-1",
        options: { Isi: "1 batang" },
        price: 20000,
        stock: 75,
        weight: 110,
      },
    ],
    tags: ["sabun", "kopi"],
    image: { motif: "sabun", palette: ["#f2e8dc", "#6b4226", "#d9b48a"] },
  }),
]

module.exports = { imageMotifs, categories, sellers, catalog }
