resource "google_bigtable_instance" "events" {
  name = "events"

  cluster { # expect: GCP078
    cluster_id   = "events-c1"
    zone         = "europe-west1-b"
    num_nodes    = 1
    storage_type = "SSD"
  }
}
