resource "aws_instance" "db" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "r6i.large"
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 200
    encrypted   = true
    kms_key_id  = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  }
  # Restored from a snapshot: its encryption comes from the snapshot.
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
  metadata_options {
    http_tokens = "required"
  }
}
