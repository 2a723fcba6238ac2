resource "google_container_cluster" "default" { # expect: GCP054
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "disabled" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  binary_authorization {
    evaluation_mode = "DISABLED" # expect: GCP054
  }
}
