"""The Indonesian vocabulary the parser recognises: months, weekdays, number words,
units that are not outputs, output nouns, and the small words of chat (fillers,
connectors, markers of a result or of its absence)."""

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "aug": 8, "ags": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
MONTH_WORDS = frozenset(MONTHS) | {
    "januari", "februari", "maret", "april", "juni", "juli", "agustus", "september", "oktober",
    "november", "desember", "sept",
}
NUMBER_WORDS = {
    "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "duabelas": 12,
}
NOT_OUTPUT_UNITS = frozenset({
    "jam", "menit", "mnt", "detik", "hari", "hr", "minggu", "pekan", "bulan", "bln", "tahun", "thn", "kali", "x",
    "persen", "pukul", "wib", "wita", "wit", "s", "sd", "sampai", "hingga", "dan", "atau", "di", "ke", "j",
    "yg", "yang", "dgn", "dengan", "sm", "sama", "utk", "untuk", "dari", "dr", "pada", "pd", "ttg", "tentang",
    "soal", "terkait", "tsb", "lagi", "lg", "aja", "saja", "ya", "dll", "dst", "an", "org", "orang", "kl",
    "menjadi", "jadi", "selesai", "sudah", "udah", "dlm", "dalam", "oleh", "per", "tiap", "setiap", "hasil",
})
PEOPLE_UNITS = frozenset({
    "peserta", "user", "pengguna", "pegawai", "petugas", "responden", "mitra", "pengunjung", "siswa", "mahasiswa",
    "narasumber", "narsum", "tamu", "staf", "staff", "pasien", "warga", "anggota",
})
OUTPUT_NOUNS = (
    "berita acara", "laporan", "notulen", "notula", "dokumen", "surat", "nota dinas", "berkas", "spj", "lpj",
    "bast", "modul", "program", "dashboard", "materi", "bahan", "tabel", "peta", "rancangan", "draf",
    "draft", "kajian", "presentasi", "paparan", "tiket", "rekap", "rekapitulasi", "daftar", "naskah",
    "panduan", "manual", "skrip", "script", "kode", "query", "mockup", "desain", "publikasi", "infografis",
    "metadata", "kuitansi", "rekomendasi", "sertifikat", "rpp", "nilai", "resep", "rekam medis",
    "disposisi", "undangan", "formulir", "kuesioner", "matriks", "dataset", "data", "aplikasi", "fitur",
    "halaman", "sk", "usulan", "telaah", "konsep", "agenda", "jadwal", "foto", "video", "backup",
    "kak", "tor", "juknis", "sop", "diagram", "catatan", "resume", "file", "slide", "codebook", "pr",
)
# "1 <head> <word>" keeps both words: "berita acara", "bukti transfer", "surat tugas", "form penilaian"
OPEN_COMPOUND_HEADS = frozenset({"bukti", "form", "formulir", "daftar", "surat", "kartu", "buku", "tanda"})
CLOSED_COMPOUNDS = {
    "berita": {"acara"}, "nota": {"dinas"}, "kamus": {"data"}, "access": {"point"}, "test": {"case"},
    "rekam": {"medis"}, "notulen": {"rapat"}, "kertas": {"kerja"},
    "rencana": {"kerja", "aksi"}, "pull": {"request"}, "user": {"manual", "story"}, "use": {"case"},
}
# short forms of outputs, written out: "1 BA rekon" -> berita acara
OUTPUT_SHORT = {"ba": "berita acara", "nodin": "nota dinas", "notdin": "nota dinas", "st": "surat tugas",
                "sptjm": "surat pernyataan tanggung jawab mutlak"}
# "1 bundel arsip" -> arsip; "1 draft KAK" -> KAK
CLASSIFIERS = frozenset({"buah", "bundel", "box", "boks", "eksemplar", "eks", "lembar", "set", "paket", "rim",
                         "draft", "draf", "unit"})
# numbers after these words name something ("lt 3", "sprint 13", "PPh 21"), they count nothing
ID_BEFORE = frozenset({
    "lt", "lantai", "sprint", "triwulan", "tw", "kelas", "ruang", "pph", "pasal", "no", "nomor", "nomer", "tahun",
    "thn", "versi", "ver", "v", "rt", "rw", "bab", "tahap", "gelombang", "angkatan", "periode", "batch",
    "putaran", "ke", "hal", "tgl", "tanggal", "pukul", "jam", "semester", "iterasi", "release", "rilis", "zona",
    "wilayah", "blok", "gedung", "kamar", "loket", "lokasi", "seri", "episode", "minggu", "pekan", "bulan",
})
# words that introduce a result: "hasilnya 1 laporan", "output: 2 modul", "dpt notulen"
RESULT_MARKERS = ("hasilnya", "hasil", "outputnya", "output", "keluaran", "keluarannya", "menghasilkan",
                  "dapat", "dpt", "dapet", "dapatnya", "jadinya", "produk")
# words after which an uncounted output noun is what was produced: "ngetik notulen", "menyusun laporan"
MAKING_VERBS = frozenset({
    "menyusun", "nyusun", "susun", "membuat", "bikin", "buat", "bkn", "menulis", "nulis", "tulis", "mengetik",
    "ngetik", "ketik", "menyiapkan", "nyiapin", "siapin", "mendraft", "merancang", "menyelesaikan", "nyelesaiin",
    "finalisasi", "memfinalisasi", "menerbitkan", "mengirim", "ngirim", "kirim",
})
# a topic, not a product: "koordinasi soal SDI", "diskusi terkait dokumen SPBE"
TOPIC_WORDS = frozenset({"soal", "terkait", "tentang", "ttg", "mengenai", "perihal", "bahas", "membahas",
                         "bahasan", "pembahasan", "re", "seputar", "atas"})
NO_OUTPUT = ("tidak ada output", "tdk ada output", "ga ada output", "gak ada output", "gk ada output",
             "nggak ada output", "tanpa output", "no output", "tidak ada hasil", "tdk ada hasil", "ga ada hasil",
             "gak ada hasil", "tanpa hasil", "belum ada hasil", "tidak ada", "tdk ada", "ga ada", "gak ada", "gk ada",
             "nggak ada", "enggak ada", "ngga ada", "nihil", "tidak ada keluaran", "belum ada")
# words that carry no activity: politeness, chat particles, fillers
FILLERS = frozenset(["ya", "yaa", "yah", "iya", "iyaa", "ok", "oke", "okay", "okey", "sip", "siap", "deh", "dong", "sih", "kok", "nih", "tuh", "lho", "loh", "kan", "aja", "saja", "ajah", "doang", "tadi", "td", "jg", "juga", "pun", "nya", "dulu", "lagi", "lg", "udah", "sudah", "sdh", "baru", "barusan", "oh", "eh", "ah", "wah", "hmm", "hm", "mm", "nah", "yuk", "pak", "bu", "bapak", "ibu", "mas", "mbak", "kak", "bang", "om", "min", "admin", "bot", "gan", "bro", "sis", "ada", "cuma", "cuman", "hanya", "sekitar", "kurang", "lebih", "kira", "kira2", "kiranya", "kurleb", "sekitaran", "kl", "kalo", "kalau", "ini", "itu", "tsb", "yg", "yang", "dan", "dengan", "dgn", "sm", "sama", "di", "ke", "dari", "utk", "untuk", "pada", "sampai", "makasih", "terimakasih", "terima", "kasih", "thanks", "thank", "thx", "tq", "tks", "nuwun", "suwun", "trims", "maaf", "sorry", "mohon", "tolong", "bentar", "sebentar", "ntar", "nanti", "tunggu", "sabar", "lupa", "bingung", "capek", "wkwk", "wkwkwk", "haha", "hehe", "hihi", "xixi", "lol", "awokwok", "semangat", "mantap", "mantul", "lupa", "pagi", "siang", "sore", "malam", "halo", "hallo", "hai", "hi", "hello", "selamat", "assalamualaikum"])
CANCEL_START = ("batal", "batalkan", "/batal", "cancel", "skip", "lewati", "gajadi", "ga jadi", "gak jadi",
                "gk jadi", "nggak jadi", "enggak jadi", "ngga jadi", "tidak jadi", "tdk jadi", "ga usah", "gak usah",
                "gk usah", "nggak usah", "tidak usah", "tdk usah", "gausah", "ngga usah", "lupakan", "abaikan")
CANCEL_ANYWHERE = ("usah dicatat", "usah dicatet", "jangan dicatat", "jgn dicatat", "ga jadi dicatat",
                   "tidak jadi dicatat", "batal dicatat", "hapus aja", "batalin aja", "batalin")
# personal time, not work: "ngopi di pantry 30 menit", "makan siang 1 jam"
NOT_WORK_START = (
    "ngopi", "ngeteh", "ngemil", "makan", "maksi", "sarapan", "istirahat", "ishoma", "sholat", "shalat", "solat",
    "salat", "tidur", "rebahan", "nongkrong", "main game", "ngegame", "nonton", "jalan-jalan", "jalan2",
    "belanja", "ngerumpi", "ngobrol santai", "leyeh", "mandi",
)
