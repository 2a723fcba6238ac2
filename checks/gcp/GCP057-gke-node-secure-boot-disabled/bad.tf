resource "google_container_node_pool" "default" { # expect: GCP057
  name    = "default"
  cluster = "prod"

  node_config {
    machine_type = "e2-standard-4"
  }
}

resource "google_container_node_pool" "explicit" {
  name    = "batch"
  cluster = "prod"

  node_config {
    shielded_instance_config {
      enable_secure_boot = false # expect: GCP057
    }
  }
}

# The default node pool of a cluster.
resource "google_container_cluster" "default_pool" { # expect: GCP057
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "inline_pool" {
  name     = "dev"
  location = "europe-west1"

  node_pool {
    name = "default"
    node_config {
      shielded_instance_config {
        enable_secure_boot = false # expect: GCP057
      }
    }
  }
}
