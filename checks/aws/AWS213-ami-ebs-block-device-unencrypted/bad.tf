resource "aws_ami" "base" {
  name                = "base"
  root_device_name    = "/dev/xvda"
  virtualization_type = "hvm"
  ebs_block_device {
    device_name = "/dev/xvda"
    snapshot_id = "snap-0123456789abcdef0"
  }
  ebs_block_device { # expect: AWS213
    device_name = "/dev/xvdb"
    volume_size = 50
  }
}
