resource "google_project_iam_member" "dev_editor" {
  project = "acme-prod"
  role    = "roles/editor" # expect: GCP029
  member  = "group:developers@acme.example"
}

resource "google_folder_iam_binding" "owners" {
  folder  = "folders/123456789012"
  role    = "roles/owner" # expect: GCP029
  members = ["user:alice@acme.example"]
}
