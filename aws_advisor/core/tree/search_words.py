"""The words catalogue search knows: question filler to skip, and AWS names that mean the same.

Data only; ``search.py`` reads it. A phrase here is written the way people type it; the search
normalises it (lower case, singular, punctuation as spaces) before use, so "Multi-AZ",
"multi az" and "multi-az" are one entry.
"""

from __future__ import annotations

STOP_WORDS = frozenset(
    """
    a an the and or nor vs versus v of to in on at by for from with without into onto about
    over under between than then so if as is are was were be been being am not
    which what when where why how who whom whose
    should shall would could can will may might must do does did done doing
    i me my mine we our ours us you your yours it its this that these those there here
    use using used want wants wanted need needs needed pick picking choose choosing select
    decide deciding best better good right way ways help please tell know
    get getting go make making some any all also just really
    aws amazon
    """.split()  # noqa: SIM905 (a word list reads better as words)
)
"""Words a question is phrased with that say nothing about which decision it is. "aws" and
"amazon" are here because most trees never spell them, yet people type them."""

SYNONYMS: tuple[tuple[str, ...], ...] = (
    # Load balancing and scaling
    ("alb", "application load balancer"),
    ("nlb", "network load balancer"),
    ("gwlb", "gateway load balancer"),
    ("clb", "classic load balancer"),
    ("elb", "elastic load balancing", "elastic load balancer", "load balancer"),
    ("lb", "load balancer", "load balancing"),
    ("asg", "auto scaling group", "autoscaling group"),
    ("sticky sessions", "sticky session", "session affinity", "stickiness"),
    # Cost and purchasing
    ("ri", "ris", "reserved instance"),
    ("sp", "sps", "savings plan"),
    ("on demand", "ondemand"),
    ("cost", "costs", "price", "pricing", "pay", "cheap", "cheaper", "cheapest", "billing"),
    # Compute
    ("ec2", "elastic compute cloud"),
    ("ami", "amis", "amazon machine image", "machine image"),
    ("vm", "vms", "virtual machine", "instance"),
    ("k8s", "kubernetes", "eks"),
    ("eks", "elastic kubernetes service"),
    ("ecs", "elastic container service"),
    ("hpc", "high performance computing"),
    ("ml", "machine learning"),
    ("os", "operating system"),
    # Networking
    ("sg", "sgs", "security group"),
    ("nacl", "network acl"),
    ("eip", "eips", "elastic ip", "elastic ip address"),
    ("eni", "enis", "elastic network interface", "network interface"),
    ("az", "azs", "availability zone"),
    ("vpc", "virtual private cloud"),
    ("igw", "internet gateway"),
    ("tgw", "transit gateway"),
    ("dx", "direct connect"),
    ("vpn", "virtual private network"),
    ("privatelink", "private link"),
    ("r53", "route 53"),
    ("cdn", "cloudfront", "content delivery network"),
    ("static ip", "fixed ip"),
    ("ssl", "tls"),
    # Storage
    ("ebs", "elastic block store"),
    ("efs", "elastic file system"),
    ("s3", "simple storage service"),
    ("iops", "io per second", "i o per second", "input output operations per second"),
    ("hdd", "hard disk drive", "hard disk"),
    ("ssd", "solid state drive"),
    ("instance store", "ephemeral storage", "ephemeral disk"),
    # Security and identity
    ("kms", "key management service"),
    ("sse", "server side encryption"),
    ("iam", "identity and access management"),
    ("sso", "single sign on", "iam identity center", "identity center"),
    ("mfa", "multi factor authentication", "2fa", "two factor"),
    ("jwt", "json web token"),
    ("sign in", "login", "log in", "signin", "logon"),
    ("authn", "authentication"),
    ("authz", "authorization"),
    ("acm", "certificate manager"),
    ("waf", "web application firewall"),
    # Databases
    ("ddb", "dynamodb", "dynamo"),
    ("rds", "relational database service"),
    ("db", "database"),
    ("elasticache", "elastic cache"),
    ("ha", "high availability", "highly available"),
    # Resilience
    ("dr", "disaster recovery"),
    ("rto", "recovery time objective"),
    ("rpo", "recovery point objective"),
    # Messaging and APIs
    ("mq", "amazon mq", "message broker", "activemq", "rabbitmq"),
    ("msk", "kafka", "managed streaming for apache kafka"),
    ("pub sub", "pubsub", "publish subscribe", "sns", "fan out", "fanout"),
    ("sqs", "simple queue service", "queue"),
    ("sns", "simple notification service"),
    ("apigw", "api gateway", "api gw"),
    ("websocket", "web socket"),
    # Transfer and edge
    ("snowball", "snow family"),
)
"""Groups of names for one thing. Typing any of a group finds every one of them; what was
typed counts a little more than its stand-ins. A name may sit in more than one group."""
