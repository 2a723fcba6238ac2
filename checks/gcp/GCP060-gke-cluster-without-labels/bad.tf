resource "google_container_cluster" "unlabelled" { # expect: GCP060
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "empty" { # expect: GCP060
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
  resource_labels    = {}
}
