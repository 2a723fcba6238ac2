variable "protect" {
  type = bool
}

# On by default.
resource "google_bigtable_instance" "events" {
  name = "events"

  cluster {
    cluster_id = "events-c1"
    zone       = "europe-west1-b"
    num_nodes  = 1
  }
}

# Unknown here: no finding.
resource "google_bigtable_instance" "from_var" {
  name                = "metrics"
  deletion_protection = var.protect

  cluster {
    cluster_id = "metrics-c1"
    zone       = "europe-west1-b"
    num_nodes  = 1
  }
}
