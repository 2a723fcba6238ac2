provider "aws" {
  region     = "eu-west-1"
  access_key = "yoroi-fake-access-id" # expect: SEC001
  secret_key = "yoroi/fake+secret+for+tests" # expect: SEC001
}

resource "aws_db_instance" "main" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "app"
  password          = "S3cr3t-Pa55word!" # expect: SEC001
}

resource "aws_datasync_location_object_storage" "store" {
  agent_arns      = ["arn:aws:datasync:eu-west-1:123456789012:agent/agent-0b0addbeef44b3e1"]
  server_hostname = "objects.example.internal"
  bucket_name     = "backups"
  access_key      = "datasync-reader"   # expect: SEC001
  secret_key      = "ds-Fake-Key-98765" # expect: SEC001
}
