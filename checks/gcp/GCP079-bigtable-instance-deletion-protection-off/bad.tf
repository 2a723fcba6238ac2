resource "google_bigtable_instance" "events" {
  name                = "events"
  deletion_protection = false # expect: GCP079

  cluster {
    cluster_id = "events-c1"
    zone       = "europe-west1-b"
    num_nodes  = 1
  }
}
