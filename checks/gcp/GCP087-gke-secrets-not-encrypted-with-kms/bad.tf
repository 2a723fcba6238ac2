resource "google_container_cluster" "default" { # expect: GCP087
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "decrypted" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  database_encryption {
    state    = "DECRYPTED" # expect: GCP087
    key_name = ""
  }
}
