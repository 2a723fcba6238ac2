variable "member" {
  type = string
}

resource "google_pubsub_topic_iam_member" "team" {
  project = "acme-prod"
  topic   = "orders"
  role    = "roles/pubsub.subscriber"
  member  = "serviceAccount:audit@acme-prod.iam.gserviceaccount.com"
}

resource "google_pubsub_subscription_iam_binding" "team" {
  project      = "acme-prod"
  subscription = "orders-audit"
  role         = "roles/pubsub.subscriber"
  members      = ["serviceAccount:audit@acme-prod.iam.gserviceaccount.com"]
}

# Unknown here: no finding.
resource "google_pubsub_topic_iam_member" "from_variable" {
  project = "acme-prod"
  topic   = "orders"
  role    = "roles/pubsub.subscriber"
  member  = var.member
}
