resource "aws_workspaces_workspace" "alice" { # expect: AWS115
  directory_id = "d-1234567890"
  bundle_id    = "wsb-0123456789"
  user_name    = "alice"
}

resource "aws_workspaces_workspace" "bob" {
  directory_id                   = "d-1234567890"
  bundle_id                      = "wsb-0123456789"
  user_name                      = "bob"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false # expect: AWS115
  volume_encryption_key          = "alias/workspaces"
}
