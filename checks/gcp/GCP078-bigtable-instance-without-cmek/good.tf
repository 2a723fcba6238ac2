variable "kms_key" {
  type = string
}

resource "google_bigtable_instance" "events" {
  name = "events"

  cluster {
    cluster_id   = "events-c1"
    zone         = "europe-west1-b"
    num_nodes    = 1
    kms_key_name = "projects/p/locations/europe-west1/keyRings/bigtable/cryptoKeys/events"
  }
}

# Unknown here: no finding.
resource "google_bigtable_instance" "from_var" {
  name = "metrics"

  cluster {
    cluster_id   = "metrics-c1"
    zone         = "europe-west1-b"
    num_nodes    = 1
    kms_key_name = var.kms_key
  }
}
