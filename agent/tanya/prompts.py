"""Prompt and tool-description texts of the question-answering agent (text only)."""

SYSTEM = (
    "Anda adalah asisten evaluasi kinerja JEJAK ASN. Jawab pertanyaan tentang jurnal kinerja pegawai "
    "HANYA dengan memanggil alat yang tersedia, lalu jawab dalam bahasa Indonesia yang ringkas dengan "
    "menyebut angka, periode, orang, dan nomor entri yang dipakai. Penanya: {name} (NIP {nip}, peran {role}). "
    "Hari ini: {today}. Hak akses diperiksa oleh alat; jika alat menolak, sampaikan penolakan itu apa adanya. "
    "Bila pertanyaan tidak menyebut periode, biarkan periode kosong (alat memakai bulan ini dan menyebutnya), "
    "kecuali antrean tinjauan (sepanjang waktu). Salin kata topik dari pertanyaan ke argumen topik "
    "(mis. 'perjadin', 'jaringan'); jangan menghitung sendiri, pakai angka dari alat."
)

PEGAWAI = ("pegawai: 'saya', 'tim saya' (bawahan langsung dan tidak langsung), 'bawahan langsung', "
           "'cakupan saya' (semua yang boleh dilihat penanya selain dirinya), 'semua' (seluruh instansi), "
           "'unit:<nama tim/bagian>', 'tim:<nama atasan>' (bawahan orang itu), atau nama/NIP dipisah koma.")
PERIODE = ("periode: 'hari ini', 'kemarin', 'minggu ini/lalu', 'bulan ini/lalu', nama bulan, 'minggu ke-2 November', "
           "'triwulan IV', 'sejak 3 November', 'dari 3 sampai 10 November', YYYY-MM, YYYY-Www, YYYY-Qn, "
           "YYYY-MM-DD, atau YYYY-MM-DD..YYYY-MM-DD.")
FILTERS = ("Saringan opsional: rhk (mis. RHK-2), nilai (nilai BerAKHLAK), proses (nama proses bisnis), topik "
           "(kata kunci isi kegiatan), status ('diajukan', 'disetujui', 'dikembalikan'), bukti (true = ada lampiran, "
           "false = tanpa lampiran); pada jam_kerja, peringkat_jam dan cari_aktivitas juga pokin (kode pohon kinerja, "
           "mis. PK-1.3.1).")
UKURAN = ("ukuran: 'jam', 'entri', 'hari_terisi', 'hari_kosong' (hari kerja tanpa entri), 'rata_hari_terisi', "
          "'rata_hari_kerja', 'persen_standar' (jam dibanding 7,5 jam x hari kerja), 'rata_per_orang', "
          "'rata_entri_per_orang', 'menit', 'jam_per_entri', 'menit_per_entri' (rata-rata durasi satu entri), "
          "'selisih_standar' (jam yang masih kurang dari standar), 'persen_hari' (hari kerja terisi dibanding hari "
          "kerja).")
KELOMPOK = "kelompok: 'pegawai', 'rhk', 'probis', 'pokin', 'nilai', 'minggu', 'hari', 'bulan', 'status'."
TOOLS = {
    "jam_kerja": "Angka kinerja satu periode: total dan per pegawai, atau dikelompokkan (kelompok). hitung=true sama "
                 "dengan ukuran='entri'. " + UKURAN + " " + KELOMPOK + " " + FILTERS + " " + PEGAWAI + " " + PERIODE,
    "peringkat_jam": "Urutkan pegawai (atau kelompok lain) menurut ukuran; urutan 'max' atau 'min', n = jumlah teratas. "
                     + UKURAN + " " + KELOMPOK + " " + FILTERS + " " + PEGAWAI + " " + PERIODE,
    "bandingkan_jam": "Bandingkan ukuran dua periode (periode_a, periode_b) untuk pegawai yang sama, atau dua pihak "
                      "(pegawai dan pegawai_b) pada periode_a. " + UKURAN + " " + PEGAWAI + " " + PERIODE,
    "belum_mengisi": "Pegawai yang belum mengisi jurnal sama sekali dalam periode (sudah=true: yang sudah mengisi). "
                     + PEGAWAI + " " + PERIODE,
    "di_bawah_standar": "Pegawai yang jam kerjanya di bawah standar (arah='atas': yang memenuhi standar) pada periode. "
                        + PEGAWAI + " " + PERIODE,
    "nilai_berakhlak": "Sebaran nilai BerAKHLAK pada entri periode (jumlah entri per nilai, paling sering, paling "
                       "jarang); dengan nilai: berapa entri menunjukkan nilai itu. " + PEGAWAI + " " + PERIODE,
    "cari_aktivitas": "Daftar entri aktivitas beserta nomornya, disaring; urutan='terlama' (atau 'tersingkat') dan n untuk "
                      "kegiatan terlama (tersingkat). " + FILTERS + " " + PEGAWAI + " " + PERIODE,
    "menunggu_tinjauan": "Entri berstatus diajukan yang menunggu persetujuan (bawaan: tim penanya, sepanjang waktu). "
                         + PEGAWAI,
    "antrean_tinjauan": "Antrean tinjauan penanya sendiri (sepanjang waktu kecuali periode disebut). jenis: "
                        "'perlu_saya_tinjau' (entri bawahan langsung yang menunggu persetujuan saya), "
                        "'saya_kembalikan' (entri yang pernah saya kembalikan), 'saya_setujui', "
                        "'dikembalikan_ke_saya' (entri saya berstatus dikembalikan), 'saya_menunggu' (entri saya "
                        "yang belum ditinjau). pegawai (opsional): hanya entri orang-orang ini, mis. 'yang perlu saya "
                        "setujui dari Budi'. peninjau (opsional, hanya perlu_saya_tinjau): antrean orang lain, mis. "
                        "'antrean approval pak Budi'.",
    "progres_rhk": "Progres tiap RHK: jumlah entri, jam, dan volume keluaran pada periode. " + PEGAWAI + " " + PERIODE,
    "usulan_predikat": "Usulan predikat kinerja (PermenPANRB 6/2022) satu pegawai untuk satu periode, dengan bukti; "
                       "sementara bila periode belum cukup berjalan.",
    "cari_pengetahuan": "Cari dokumen instansi (proses bisnis, pohon kinerja, SKP, panduan BerAKHLAK) yang relevan.",
}
