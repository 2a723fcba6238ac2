resource "google_container_node_pool" "unmonitored" {
  name    = "default"
  cluster = "prod"

  node_config {
    shielded_instance_config {
      enable_integrity_monitoring = false # expect: GCP058
    }
  }
}

resource "google_container_cluster" "nap" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  cluster_autoscaling {
    enabled = true
    auto_provisioning_defaults {
      shielded_instance_config {
        enable_integrity_monitoring = false # expect: GCP058
      }
    }
  }
}
