resource "google_container_node_pool" "default" { # expect: GCP059
  name    = "default"
  cluster = "prod"

  node_config {
    machine_type = "e2-standard-4"
  }
}

resource "google_container_node_pool" "named_default" {
  name    = "batch"
  cluster = "prod"

  node_config {
    service_account = "123456789012-compute@developer.gserviceaccount.com" # expect: GCP059
  }
}

# The cluster's default node pool.
resource "google_container_cluster" "default_pool" { # expect: GCP059
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
}

# Autopilot nodes use the default account unless auto-provisioning names one.
resource "google_container_cluster" "autopilot" {
  name             = "auto"
  location         = "europe-west1"
  enable_autopilot = true # expect: GCP059
}
