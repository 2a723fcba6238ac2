resource "google_compute_disk" "data" { # expect: GCP071
  name = "data"
  zone = "europe-west1-b"
  type = "pd-ssd"
  size = 100
}

resource "google_compute_region_disk" "replicated" { # expect: GCP071
  name          = "replicated"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  size          = 100
}
