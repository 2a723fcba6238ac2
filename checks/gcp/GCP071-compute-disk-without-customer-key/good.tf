variable "kms_key" {
  type = string
}

resource "google_compute_disk" "cmek" {
  name = "data"
  zone = "europe-west1-b"
  size = 100

  disk_encryption_key {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/disks/cryptoKeys/data"
  }
}

# Unknown here: no finding.
resource "google_compute_disk" "from_var" {
  name = "logs"
  zone = "europe-west1-b"
  size = 100

  disk_encryption_key {
    kms_key_self_link = var.kms_key
  }
}
