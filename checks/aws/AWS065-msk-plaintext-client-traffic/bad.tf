resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210", "subnet-0a1b2c3d4e5f60718"]
    security_groups = ["sg-0123456789abcdef0"]
  }
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # expect: AWS065
    }
  }
}
