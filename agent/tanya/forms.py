"""The forms of questions the deterministic understanding recognises (patterns over
the normalised text of ``agent.tanya.words``), one table per part of a question."""
from __future__ import annotations

VALUE_WORDS = (
    ("berorientasi pelayanan", "Berorientasi Pelayanan"), ("orientasi pelayanan", "Berorientasi Pelayanan"),
    ("pelayanan", "Berorientasi Pelayanan"), ("akuntabel", "Akuntabel"), ("akuntabilitas", "Akuntabel"),
    ("kompeten", "Kompeten"), ("kompetensi", "Kompeten"), ("harmonis", "Harmonis"), ("loyal", "Loyal"),
    ("loyalitas", "Loyal"), ("adaptif", "Adaptif"), ("kolaboratif", "Kolaboratif"), ("kolaborasi", "Kolaboratif"),
)

# subjects
ALL = (r"\b(?:(?:seluruh|semua|satu|se)[\s-]*(?:instansi|direktorat|kantor|satker|pegawai|staf|orang|karyawan|asn|"
       r"unit|tim|bidang|divisi|anggota)(?!\s+(?:saya|kami|ku)\b)|sekantor|sedirektorat|satu\s+direktorat|"
       r"siapa\s+saja\s+di\s+instansi|(?:di|dari)\s+(?:seluruh\s+)?(?:direktorat|instansi|kantor|satker)(?!\s+\w+\s+saya)|"
       r"(?:total|jumlah|rekap)\s+(?:jam\s+|entri\s+)?(?:direktorat|instansi|kantor)|"
       r"(?:direktorat|instansi|kantor)\s+(?:ini|kita|kami|saya))\b")
# the asker's own unit ("bagian saya"), or its other members ("rekan setim saya", "teman satu bagian")
OWN_UNIT = r"\b(?:bagian|unit(?:\s+kerja)?|divisi|bidang|seksi|subbag)\s+(?:saya|kami|kita)\b"
UNIT_MATES = (r"\b(?:rekan|teman|kawan)(?:-\w+)?\s+(?:setim|sebagian|seunit|satu\s+(?:tim|bagian|unit|ruangan))\b|"
              r"\b(?:setim|satu\s+(?:tim|bagian|unit))\s+(?:dengan|sama)\s+saya\b")
OTHERS = (r"\b(?:pegawai|orang|rekan|teman|kolega|staf)(?:\s+(?:kerja|kantor|satu\s+tim))?\s+(?:yang\s+)?lain(?:nya)?\b|"
          r"\brekan\s+kerja\b|\bteman\s+(?:kantor|sekantor|satu\s+tim)\b")
# an attempt to talk the assistant out of the access rules: "semua" then means everyone, and is refused
INJECTION = (r"\b(?:abaikan|lupakan|ignore|bypass)\b.{0,40}\b(?:aturan|instruksi|batasan|perintah|rules?|instructions?|"
             r"akses|hak)\b|\bsystem\s*:|\brole\s*=|\bmode\s+admin\b|\b(?:kamu|anda)\s+(?:sekarang\s+)?(?:adalah\s+)?admin\b|"
             r"\bsebagai\s+admin\b|\bsaya\s+(?:adalah\s+)?admin\b")
WITH_SELF = r"\btermasuk\s+(?:saya|diri\s+saya|aku)\b|\bjajaran(?:\s+saya)?\b"
TEAM = (r"\b(?:tim\s*(?:saya|kami)(?!\s+kerja)|(?:anak-anak|orang-orang|teman-teman)(?:\s+(?:saya|kami))?|anggota\s+(?:tim\s+)?(?:saya|kami)|anggota\s+tim|bawahan(?:\s+saya)?|"
        r"seluruh\s+tim\s+saya|semua\s+anggota|orang\s+orang\s+saya)\b")
DIRECT = r"\bbawahan\s+langsung\b|\blangsung\s+di\s+bawah\s+saya\b"
TEAM_OF = (r"\b(?:tim|timnya|bawahan|bawahannya|anak\s+buah|anggota\s+tim|anggota\s+timnya|tim\s+punya|tim\s+milik)\s+"
           r"(?:(?:bu|ibu|pak|bapak|mas|mbak|mba|bang|kak)\s+)?$")
PER_PERSON = r"\b(?:per\s+(?:orang|pegawai|nama|anggota|individu|kepala)|(?:setiap|tiap|masing-masing)\s+(?:orang|pegawai|anggota)|masing-masing)\b"
SELF = r"\b(?:saya|sendiri)\b"
EXCEPT = r"\b(?:selain|kecuali|minus|tidak\s+termasuk|nggak\s+termasuk)\s+(?:(?:bu|ibu|pak|bapak|mas|mbak|mba)\s+)?"
THEIR_TEAM = (r"^\s*(?:ke\s+|kepada\s+|untuk\s+|dan\s+|sama\s+|\W\s*)?(?:semua\s+|seluruh\s+|para\s+)?"
              r"(?:bawahannya|timnya|anggotanya|anggota\s+timnya|anak\s+buahnya|anak-anaknya)\b")
BOSS = r"\b(?:atasan|bos|boss|pimpinan)\s+(?:langsung\s+)?saya\b"
# "dikembalikan pak Hendra": the person after a review verb is the reviewer, not whom the question is about
REVIEWER = (r"\b(?:dikembalikan|direturn|ditolak|disetujui|diacc|direview|diperiksa|dicek|dibalikin|ditinjau|"
            r"approval|persetujuan|review|tinjauan|acc|pemeriksaan)\s+(?:oleh\s+|sama\s+|dari\s+|atasan\s+)?"
            r"(?:(?:bu|ibu|pak|bapak|mas|mbak|mba)\s+)?$")
SELF_AND_TEAM = (r"\bsaya\s+(?:dan|sama|plus|dengan|\+)\s+(?:tim|bawahan|anggota)(?:\s+tim)?(?:\s+saya)?\b|"
                 r"\b(?:tim|bawahan|anggota)(?:\s+tim)?\s+saya\s+(?:dan|sama|plus|dengan|\+|termasuk)\s+(?:saya|diri\s+saya)\b")
SELF_NOT = (r"\b(?:tim|bawahan|anggota|unit|cakupan|atasan|persetujuan|tinjauan|review|approval)\s+saya\b|"
            r"\bsaya\s+(?:harus\s+|perlu\s+|mesti\s+|sudah\s+|telah\s+|pernah\s+)?(?:setujui|tinjau|review|periksa|"
            r"approve|acc|kembalikan|tolak|return|balikin)\b|\b(?:ke|kepada|oleh)\s+saya\b")

# the asker's own queues (period: all time unless one is given)
QUEUE_MINE = (r"\b(?:perlu|harus|mesti|belum|menunggu|nunggu)\s+(?:saya\s+)?(?:setujui|disetujui|tinjau|ditinjau|review|"
              r"direview|approve|periksa|diperiksa|acc|cek|dicek)\s+(?:oleh\s+)?saya\b|"
              r"\bsaya\s+(?:harus|perlu|mesti|belum)\s+(?:setujui|tinjau|review|approve|periksa|acc|cek)\b|"
              r"\b(?:persetujuan|tinjauan|review|approval|acc)\s+saya\b|\bantre?an\s+(?:review|tinjauan|persetujuan)\s+saya\b|"
              r"\b(?:perlu|harus|belum)\s+saya\s+(?:setujui|tinjau|review|approve|periksa|acc|cek)\b")
QUEUE_I_RETURNED = (r"\bsaya\s+(?:sudah\s+|telah\s+|pernah\s+|waktu\s+|saat\s+|ketika\s+)?(?:kembalikan|return|tolak|balikin|balikan|"
                    r"mengembalikan|menolak)\b|"
                    r"\b(?:dikembalikan|direturn|ditolak|dibalikin)\s+oleh\s+saya\b")
QUEUE_I_APPROVED = r"\bsaya\s+(?:sudah\s+|telah\s+)?(?:setujui|approve|acc)\b|\bdisetujui\s+oleh\s+saya\b"
QUEUE_RETURNED_TO_ME = (r"\b(?:dikembalikan|direturn|ditolak|dibalikin|dibalikan)\s+(?:ke|kepada|pada|sama)\s+saya\b|"
                        r"\b(?:entri|kegiatan|aktivitas|catatan|laporan)\s+saya\s+(?:yang\s+)?(?:masih\s+|sudah\s+)?"
                        r"(?:dikembalikan|direturn|ditolak|dibalikin)\b|(?<!tim\s)(?<!bawahan\s)(?<!anggota\s)(?<!unit\s)"
                        r"\bsaya\s+(?:yang\s+)?(?:kena\s+)?(?:dikembalikan|direturn|ditolak)\b|"
                        r"\b(?:perlu|harus|mesti)\s+(?:saya\s+)?(?:perbaiki|revisi|betulkan|benerin|koreksi|diperbaiki|"
                        r"direvisi)\b")
PENDING = (r"\b(?:menunggu|nunggu)\s+(?:persetujuan|tinjauan|review|approval|disetujui|ditinjau|acc)\b|"
           r"\bbelum\s+(?:disetujui|ditinjau|direview|diperiksa|diapprove|dicek|diacc|di\s+acc|di\s+review)\b|"
           r"\bperlu\s+(?:disetujui|ditinjau|direview|diperiksa)\b|\bantre?an\b|\bantri\b|\bmenunggu\b")

# kinds
PREDIKAT = r"\bpredikat\b"
COMPARE = (r"\b(?:banding|bandingkan|dibanding|dibandingkan|perbandingan|bandingin|selisih|naik|turun|"
           r"lebih\s+banyak\s+mana|mana\s+yang\s+lebih|siapa\s+yang\s+lebih|"
           r"lebih\s+[a-z]+\s+(?:dari|daripada|ketimbang|dibanding))\b")
MISSING = (r"\b(?:belum|tidak|tak|kosong)\s+(?:pernah\s+|sama\s+sekali\s+|juga\s+)?(?:mengisi|mencatat|melapor|menulis|"
           r"menginput|update|input|ada\s+(?:entri|catatan|kegiatan|isian)|terisi|diisi)\b|\bjurnal(?:nya)?\s+kosong\b|"
           r"\bbolong\b")
FILLED = (r"\b(?:sudah|telah)\s+(?:pada\s+|semua\s+|juga\s+)?(?:mengisi|mencatat|melapor|menulis|menginput|input|"
          r"update)\b|\byang\s+mengisi\b")
FILLED_YET = (r"\b(?:sudah|telah)\s+(?:pada\s+|semua\s+|juga\s+)?(?:mengisi|mencatat|melapor|menginput|input)\b"
              r".*\bbelum\b")
BELOW = r"(?:di\s*bawah|kurang\s+dari|tidak\s+memenuhi|belum\s+memenuhi|tidak\s+mencapai|belum\s+mencapai)\s+(?:jam\s+)?standar|\bkurang\s+jam\b"
ABOVE = r"(?:memenuhi|mencapai|di\s*atas|lebih\s+dari|melebihi|sesuai)\s+(?:jam\s+)?standar"
RHK_PROGRESS = r"\b(?:progres|progress|kemajuan|capaian|realisasi)\b.*\brhk\b|\brhk\b.*\b(?:progres|progress|kemajuan)\b"
RANK = (r"\b(?:paling|ter(?:banyak|sedikit|rajin|tinggi|rendah|lama|aktif|produktif|bawah|atas|kecil|besar)|"
        r"teratas|terbawah|ranking|rangking|peringkat|urutan|urutkan|diurutkan|top)\b")
GROUP = (r"\b(?:per|setiap|tiap|masing-masing|berdasarkan|menurut|dirinci|rincian|breakdown|dipecah|dikelompokkan|"
         r"sebaran|distribusi)\s+(?:per\s+)?(rhk|orang|pegawai|nama|anggota|proses(?:\s+bisnis)?|probis|pokin|"
         r"nilai(?:\s+berakhlak)?(?:\s+(?:utama|dominan|pertama|primer)(?:\s+berakhlak)?)?|minggu|pekan|hari|"
         r"tanggal|bulan|status|tim|unit|bagian)(?:-?nya)?\b")
# "status entri saya gimana", "brp yg approved/submitted/returned": a breakdown by status
STATUS_BREAKDOWN = r"\bstatus(?:-?nya)?\b.*\b(?:bagaimana|apa\s+saja|mana\s+saja)\b|\b(?:bagaimana|apa\s+saja)\b.*\bstatus\b"
# "5 besar", "top 3", "3 teratas": a ranking from the top
TOP_FROM_HIGH = r"\b(?:\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:besar|teratas)\b|\btop\b"
GROUP_AS_SUBJECT = (r"\b(rhk|proses(?:\s+bisnis)?|probis|pokin|nilai|hari|tanggal|minggu|pekan|bulan|tim|unit|bagian)"
                    r"\s+(?:_+\s+)?(?:apa|mana)\b")
LIST = (r"\b(?:aktivitas|kegiatan|entri|pekerjaan|kerjaan|catatan)\s+(?:apa|mana)\b|\bapa\s+saja\b|"
        r"\b(?:daftar|tampilkan|sebutkan|lihat|list|tunjukkan|cari|carikan|lihatkan|rincikan)\b|\bngapain\b|"
        r"\bmengerjakan\s+apa\b|\bentri\s+(?:nomor|no|#)\b|"
        r"\bapa\s+(?:saja\s+)?yang\s+(?:sudah\s+)?(?:dikerjakan|dilakukan|dikerjain|diisi|dicatat)\b")
COUNT = (r"\bberapa\s+(?:banyak\s+|jumlah\s+)?(?:aktivitas|kegiatan|entri|kali|catatan|laporan|isian|item|butir)\b|"
         r"\b(?:jumlah|banyaknya|total)\s+(?:entri|kegiatan|aktivitas|catatan)\b|\bada\s+berapa\b")
HOURS = r"\bjam\b|\bberapa\s+lama\b|\bwaktu\s+kerja\b|\bdurasi\b|\b(?:kinerja|rekap|ringkasan|menit)\b"
PERFORMANCE = (r"\b(?:jam|kerja|kinerja|jurnal|entri|kegiatan|aktivitas|catat\w*|mengisi|diisi|rekap|laporan|capaian|"
               r"produktif|lembur|target|rhk|tercatat|tim|bawahan|saya)\b")
VALUES = r"\bnilai\b|\bberakhlak\b|\bcore\s+values?\b"
PEOPLE_COUNT = r"\bberapa\s+(?:orang|pegawai|anggota|staf)\b|\bjumlah\s+(?:orang|pegawai)\b"

# people whose figure passes a limit: "kurang dari separuh standar", "di bawah 3,5 jam", "lebih dari 15 hari"
LIMIT = (r"\b(kurang\s+dari|di\s*bawah|tidak\s+sampai|belum\s+sampai|lebih\s+dari|di\s*atas|melebihi|minimal|paling\s+"
         r"sedikit|maksimal|<|>|≥|≤)\s*(\d+(?:[.,]\d+)?|separuh|setengah|seperempat|tiga\s+perempat)\s*"
         r"(jam|hari|entri|kegiatan|persen|%)?")
STREAK = (r"\b(\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+hari(?:\s+kerja)?\s+"
          r"(?:berturut-turut|berturut|beruntun|terakhir)?")

# measures
AVG = r"\b(?:rata-rata|rerata|rata)\b"
PER_WORKDAY = r"\bhari\s+kerja\b|\bhari\s+efektif\b"
PER_DAY = r"\b(?:per\s*hari|perhari|sehari|tiap\s+hari|setiap\s+hari|harian|per\s+hari\s+(?:yang\s+)?(?:diisi|terisi))\b"
PER_HEAD = r"\b(?:per\s+(?:orang|pegawai|kepala|anggota)|tiap\s+orang|setiap\s+orang|masing-masing\s+orang)\b"
PERCENT = (r"\bpersen\b|\bpersentase\b|\bprosentase\b|%|\b(?:capaian|pencapaian)\s+(?:jam|standar)\b|"
           r"\b(?:dari|terhadap|dibanding)\s+(?:jam\s+)?standar\b")
DAYS_FILLED = (r"\bberapa\s+hari\b|\bjumlah\s+hari\b|\bhari\s+(?:terisi|aktif|mengisi)\b|"
               r"\b(?:jarang|sering|malas)\s+(?:mengisi|mencatat|menginput|melapor)\b")
DAYS_EMPTY = r"\b(?:belum|tidak|tak|kosong|bolong|lupa|tanpa|terlewat|kelewat|dilewati|dilewatin|absen|skip)\b"

# filters
STATUS_APPROVED = (r"(?<!belum\s)(?<!tidak\s)\b(?:disetujui|diterima|approved|lolos\s+review|sudah\s+di\s*acc|"
                   r"(?<!belum\sdi\s)(?<!tidak\sdi\s)di\s+setujui)\b")
STATUS_RETURNED = r"\b(?:dikembalikan|direturn|returned|ditolak|dibalikin|dibalikan|diminta\s+revisi|harus\s+direvisi)\b"
STATUS_SUBMITTED = (r"\bbelum\s+(?:disetujui|ditinjau|direview|diperiksa|dicek|diacc)\b|\bmenunggu\b|\bdiajukan\b|"
                    r"\bsubmitted\b|"
                    r"\bpending\b|\bmasih\s+(?:diajukan|menunggu)\b")
EVIDENCE_NO = (r"\b(?:tanpa|tidak\s+ada|belum\s+ada|tidak\s+punya|belum\s+punya|kurang|minus|gak\s+ada|nggak\s+ada|"
               r"belum\s+(?:upload|unggah|melampirkan|dilampiri|dilengkapi|diberi|dikasih)|tidak\s+(?:upload|"
               r"melampirkan|dilampiri|dilengkapi))\s+(?:bukti|lampiran|file|foto|dokumen\s+pendukung|evidence)\w*|"
               r"\b(?:bukti|lampiran|evidence)\w*\s+(?:belum|tidak|kosong)\b")
EVIDENCE_YES = (r"\b(?:ada|dengan|punya|ber|sudah\s+(?:ada|upload|unggah|melampirkan|dilampiri|dilengkapi))\s*"
                r"(?:bukti|lampiran|file|foto|dokumen\s+pendukung|evidence)\w*|\bbukti(?:nya)?\s+(?:ada|sudah)\b|"
                r"\b(?:berbukti|berlampiran|dilampiri|dilengkapi\s+bukti)\b")
CODE = r"\b(?:pb|pk)-\d+(?:\.\d+)*"
PROCESS_CODE = r"\bpb-\d+(?:\.\d+)*"
POKIN_CODE = r"\bpk-\d+(?:\.\d+)*"
ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "satu": 1, "dua": 2, "tiga": 3,
            "empat": 4, "lima": 5}
RHK_WORD = r"\brhk\s+(?:ke\s*-?\s*|nomor\s+)?(" + "|".join(ORDINALS) + r")\b"
RHK = r"\brhk[\s\-]*(?:ke[\s\-]*|nomor\s+|no\.?\s*)?(\d+)"
PROCESS = (r"(?<!per\s)(?<!tiap\s)(?<!setiap\s)\b(?:proses(?:\s+bisnis)?|probis|mendukung)\s+(?:proses\s+)?(.+?)(?=\?|$|,|\s+(?:pada|oleh|untuk|selama|"
           r"di\s+bulan|bulan|minggu|pekan|hari|tahun|tanggal|sejak|dari|yang|milik|punya|saya|tim|di)\b)")
TOPIC_END = (r"(?=\?|$|,|\.|\s*_|\s*\(|\s+(?:pada|oleh|untuk|selama|sepanjang|di|dalam|sejak|mulai|dari|sampai|bulan|"
             r"minggu|pekan|hari|tahun|tanggal|yang|milik|punya|saya|tim|bawahan|ada|berapa|apa|siapa|sudah|belum|"
             r"dan|kemarin|tidak|ini|itu|gimana|bagaimana|aja|saja|dong|ya|kah)\b)")
TOPIC = (r"\b(?:(?:yang\s+)?(?:ada\s+)?(?:hubungannya|kaitannya|hubungan|kaitan|sangkut\s+pautnya)\s+(?:dengan|sama|ke)|"
         r"soal|terkait|tentang|mengenai|perihal|menyangkut|seputar|bertema|urusan|masalah|membahas|menyinggung|"
         r"(?:yang\s+)?(?:berhubungan|berkaitan|hubungannya|kaitannya|nyambung)\s+(?:dengan|sama|ke)|"
         r"yang\s+(?:ada|menyebut|mengandung|berisi|menyebutkan)(?:\s+kata)?|ngurusin|mengurus|mengerjakan|menangani|"
         r"nanganin|ada\s+yang|kata\s+kunci)\s+(.+?)" + TOPIC_END)
TOPIC_AFTER_NOUN = (r"\b(?:kegiatan|aktivitas|entri|kerjaan|pekerjaan|tugas|jam|kali|untuk|buat|habiskan|dipakai)\s+"
                    r"(?:_+\s+)?(?:kegiatan\s+|ngerjain\s+|mengerjakan\s+)?(?!apa\b|mana\b|yang\b|saya\b|"
                    r"kerja\b|tim\b|di\b|pada\b|untuk\b|dari\b|selama\b|dalam\b|per\b|setiap\b|tiap\b|nomor\b|no\b|"
                    r"ini\b|itu\b|nya\b|mereka\b|dia\b|berapa\b|sudah\b|belum\b|masih\b|terakhir\b|lembur\b|"
                    r"dan\b|atau\b|bulan\b|minggu\b|hari\b|tahun\b|pekan\b|sendiri\b|total\b|kita\b|kami\b)"
                    r"([a-z][a-z0-9\-]+(?:\s+[a-z][a-z0-9\-]+)?(?:\s*/\s*[a-z][a-z0-9\-]+(?:\s+[a-z][a-z0-9\-]+)?)?)")
# "kegiatan tim saya yang melayani permintaan data": what the entries did, when the journal knows those words
TOPIC_VERB = (r"\b(?:kegiatan|aktivitas|entri|kerjaan|pekerjaan|tugas|jam)\b[^?]*?\byang\s+(?:sudah\s+|pernah\s+)?"
              r"((?:me|ber|nge|ng|ny)[a-z]{3,}(?:\s+[a-z][a-z0-9\-]*){0,4}?)" + TOPIC_END)
# "tiket helpdesk SSO yang ditangani tim saya": the thing done, said before "yang di..."
TOPIC_BEFORE = (r"^\s*(?:(?:kegiatan|aktivitas|entri|kerjaan|pekerjaan|tugas)\s+)?([a-z][a-z0-9\-]*(?:\s+[a-z][a-z0-9\-]*)"
                r"{0,3})\s+yang\s+(?:sudah\s+|pernah\s+)?(?:ditangani|dikerjakan|diurus|dilakukan|dibuat|diselesaikan|"
                r"dikerjain|ditanganin|digarap)\b")
# "siapa yang rapat dengan BSSN": what the people did, when the journal knows those words
TOPIC_AFTER_WHO = r"\bsiapa\s+(?:saja\s+)?yang\s+(?:pernah\s+|sudah\s+|ikut\s+)?(.+?)" + TOPIC_END
TOPIC_STOP = frozenset(["saja", "aja", "dong", "sih", "ya", "nih", "kah", "lagi", "semua", "seluruh", "paling", "banyak", "sedikit", "terbanyak", "tersedikit", "rata-rata", "rata", "total", "jumlah", "kerja", "kinerja", "pegawai", "orang", "anggota", "staf", "bawahan", "standar", "hari", "jam", "entri", "kegiatan", "aktivitas", "catatan", "berapa", "terakhir", "terbaru", "lama", "bulan", "minggu", "pekan", "tahun", "tanggal", "ini", "lalu", "kemarin", "sekarang", "tadi", "diajukan", "disetujui", "dikembalikan", "ditolak", "menunggu", "bukti", "lampiran", "file", "foto", "nilai", "berakhlak", "rhk", "proses", "probis", "pokin", "status", "mengisi", "isi", "tercatat", "dicatat", "diisi", "rekap", "ringkasan", "mana", "apa", "siapa", "kapan", "yang", "sudah", "belum", "tidak", "ada", "dengan", "sama", "dan", "atau", "di", "ke", "dari", "untuk", "pada", "oleh", "dalam", "selama", "sejak", "mulai", "sampai", "hingga", "antara", "punya", "milik", "tentang", "soal", "terkait", "mengenai", "perihal", "juga", "masih", "cuma", "hanya", "itu", "nya", "dia", "mereka", "kita", "kami", "bu", "pak", "mas", "mbak", "kurang", "lebih", "dari", "separuh", "setengah", "standar", "paling", "rata-rata", "per", "hubungannya", "kaitannya", "saya", "aku", "anda", "beliau", "lampiran", "bukti", "file", "foto", "evidence", "dokumen", "seluruh", "semua", "direktorat", "instansi", "kantor", "satker", "orangnya", "harian", "sehari", "perhari", "mingguan", "bulanan", "buat", "bagi", "biar", "agar", "supaya", "kalau", "gimana", "deh", "kok", "nah", "tuh", "bisnis", "bagian", "unit", "divisi", "bidang", "seksi", "jajaran", "dihapus", "terhapus", "hapus", "berstatus", "statusnya", "naik", "turun", "meningkat", "menurun", "bertambah", "berkurang", "memenuhi", "mencapai", "melebihi", "menunjukkan", "mendukung", "memiliki", "mencatat", "menginput", "melapor", "menulis", "masuk", "menyelesaikan", "mengerjakan", "melakukan", "bekerja"])
NUMBER_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10}
TOP_N = (r"\b(\d{1,2}|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+(?:orang|pegawai|besar|teratas|"
         r"terbawah|terbanyak|tertinggi|terendah|paling|nama|rhk|proses|hari|minggu|entri|kegiatan)\b|\btop\s*(\d{1,2})\b")
ORDER_MIN = (r"\b(?:paling\s+(?:sedikit|jarang|rendah|kecil|malas|kurang|minim|singkat|pendek)|tersedikit|terendah|"
             r"terbawah|terkecil|terjarang|paling\s+tidak\s+rajin)\b")
LATEST = (r"\b(?:terakhir|terbaru|paling\s+baru|paling\s+akhir)\b.*\b(?:mengisi|diisi|entri|kegiatan|mencatat|input)\b|"
          r"\b(?:mengisi|diisi|entri|kegiatan|mencatat|input)\b.*\b(?:terakhir|terbaru|paling\s+baru)\b")
LONGEST = r"\b(?:paling\s+lama|terlama|terpanjang|durasi\s+(?:paling\s+)?(?:lama|panjang))\b"
SHORTEST = r"\b(?:paling\s+(?:pendek|singkat|sebentar|cepat)|terpendek|tersingkat|durasi\s+(?:paling\s+)?(?:pendek|singkat))\b"
OWN_ENTRIES = r"\b(?:entri|kegiatan|aktivitas|catatan)\s+saya\b"
# "sebutkan pegawai yang ...", "pegawai mana yang ...": a question about who, without "siapa"
WHO_LIST = (r"\b(?:sebutkan|daftar|list|tampilkan|tunjukkan|cari)\s+(?:nama\s+|semua\s+|para\s+)?(?:pegawai|orang|"
            r"anggota|staf)\b|\b(?:pegawai|orang|anggota|staf)\s+(?:mana\s+)?(?:saja\s+)?yang\b")
# the words of "proses bisnis apa aja": a question, not the name of a process
NOT_A_NAME = frozenset(["apa", "saja", "mana", "yang", "aja", "sih", "dong", "ya", "kah", "nya", "paling", "banyak", "sering", "sedikit"])
ORDER_MAX = (r"\b(?:paling\s+(?:banyak|tinggi|rajin|lama|besar|aktif|produktif|sering)|terbanyak|tertinggi|teratas|"
             r"terbesar|terajin|terlama)\b")
# the sentence of a paragraph that asks; a person referred to by a pronoun
ASKS = (r"\?|\b(?:berapa|brp|siapa|apa|mana|kapan|bagaimana|gimana|tolong|mohon|minta|tampilkan|sebutkan|"
        r"bandingkan|daftar|rekap|cek)\b")
PRONOUN = r"\b(?:dia|beliau|ybs|yang\s+bersangkutan|mereka)\b|\w+nya\b"
# "urutan tim berdasarkan jam", "ranking rhk": what is ranked
RANK_OF = (r"\b(?:urutan|urutkan|urutin|ranking|rangking|peringkat)\s+(?:per\s+|setiap\s+|semua\s+)?(tim|unit|bagian|rhk|"
           r"probis|proses(?:\s+bisnis)?|pokin|hari|minggu|bulan)\b")
# measures of one entry and of the gap to the standard
PER_ENTRY = (r"\b(?:rata-rata|rata)\s+(?:durasi|lama|waktu|jam|menit)(?:nya)?\s+(?:per|tiap|setiap|sekali)\s+(?:entri|kegiatan|"
             r"aktivitas|catatan)\b|\b(?:durasi|menit|jam)\s+(?:rata-rata\s+)?per\s+(?:entri|kegiatan|aktivitas)\b")
SHORTFALL = (r"\b(?:kekurangan|selisih|sisa)\b.*\bstandar\b|\bkurang\s+berapa\b.*\bstandar\b|"
             r"\bberapa\s+(?:jam\s+)?lagi\b.*\bstandar\b")
CHANGE_PCT = r"\b(?:naik|turun|bertambah|berkurang|meningkat|menurun|selisih)(?:nya)?\s+(?:sebesar\s+)?berapa\s+persen\b"
