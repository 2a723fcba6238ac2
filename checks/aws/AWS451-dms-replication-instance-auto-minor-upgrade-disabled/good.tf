resource "aws_dms_replication_instance" "migrate" {
  replication_instance_id    = "migrate"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_replication_instance" "cdc" {
  replication_instance_id    = "cdc"
  replication_instance_class = "dms.t3.medium"
  auto_minor_version_upgrade = true
}
