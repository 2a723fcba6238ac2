resource "google_container_cluster" "default" { # expect: GCP055
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name                        = "stage"
  location                    = "europe-west1"
  initial_node_count          = 1
  enable_intranode_visibility = false # expect: GCP055
}
