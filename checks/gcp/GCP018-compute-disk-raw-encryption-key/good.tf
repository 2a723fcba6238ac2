resource "google_compute_disk" "kms" {
  name = "data"
  zone = "europe-west1-b"
  size = 100

  disk_encryption_key {
    kms_key_self_link = "projects/acme-prod/locations/europe-west1/keyRings/disks/cryptoKeys/data"
  }
}

resource "google_compute_disk" "google_managed" {
  name = "scratch"
  zone = "europe-west1-b"
  size = 10
}
